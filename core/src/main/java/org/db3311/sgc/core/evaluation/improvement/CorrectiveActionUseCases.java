package org.db3311.sgc.core.evaluation.improvement;

import org.db3311.sgc.core.common.SweepResult;

/**
 * Groups the incoming ports of improvement (9.3); {@link CorrectiveActionService} implements them
 * all.
 */
public interface CorrectiveActionUseCases
    extends RaiseCorrectiveActionUseCase, RecheckCorrectiveActionUseCase {

  /**
   * An action as stored now.
   *
   * @throws CorrectiveActionNotFoundException when there is none under the id
   */
  CorrectiveActionSnapshot action(CorrectiveActionId id);

  /** Actions not verified by their due date, and each action that could not be read. */
  SweepResult<CorrectiveActionSnapshot> overdueActions();

  /** Reported corrections whose re-check is past due, and each action that could not be read. */
  SweepResult<CorrectiveActionSnapshot> overdueRechecks();
}
