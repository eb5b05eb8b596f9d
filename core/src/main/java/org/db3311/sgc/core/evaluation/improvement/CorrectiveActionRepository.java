package org.db3311.sgc.core.evaluation.improvement;

import java.util.List;
import java.util.Optional;

/** Outgoing port: corrective actions. */
public interface CorrectiveActionRepository {

  /**
   * Stores it at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at
   */
  void save(CorrectiveAction action);

  Optional<CorrectiveAction> find(CorrectiveActionId id);

  List<CorrectiveAction> all();

  /**
   * Every stored action's id, oldest first: sweeps read each action on its own, so one unreadable
   * action is reported without hiding the others.
   */
  List<CorrectiveActionId> ids();
}
