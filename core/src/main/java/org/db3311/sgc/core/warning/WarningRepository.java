package org.db3311.sgc.core.warning;

import java.util.List;
import java.util.Optional;

/** Outgoing port: warnings. */
public interface WarningRepository {

  /**
   * Stores the warning at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one the warning was read at
   */
  void save(Warning warning);

  Optional<Warning> find(WarningId id);

  /** The open warning about a subject, if there is one. */
  Optional<Warning> openAbout(WarningSubject subject);

  List<Warning> all();

  /**
   * Every stored warning's id: views read each warning on its own, so one unreadable warning is
   * reported without hiding the others.
   */
  List<WarningId> ids();
}
