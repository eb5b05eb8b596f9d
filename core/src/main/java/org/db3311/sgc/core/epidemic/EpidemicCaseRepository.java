package org.db3311.sgc.core.epidemic;

import java.util.List;
import java.util.Optional;

/** Outgoing port: epidemic cases. */
public interface EpidemicCaseRepository {
  /**
   * Stores it at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at
   */
  void save(EpidemicCase c);

  Optional<EpidemicCase> find(EpidemicCaseId id);

  List<EpidemicCase> all();

  /**
   * Every stored case's id: sweeps read each case on its own, so one unreadable case is reported
   * without stopping the others.
   */
  List<EpidemicCaseId> ids();
}
