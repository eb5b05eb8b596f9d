package org.db3311.sgc.core.evaluation.improvement;

import java.util.List;
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

  /** Every action, oldest first, and each action that could not be read. */
  SweepResult<CorrectiveActionSnapshot> actions();

  /** Every re-check result as disclosed on the public board (9.3.3), in the order recorded. */
  List<PublishedRecheck> publishedRechecks();

  /** Actions not verified by their due date, and each action that could not be read. */
  SweepResult<CorrectiveActionSnapshot> overdueActions();

  /** Reported corrections whose re-check is past due, and each action that could not be read. */
  SweepResult<CorrectiveActionSnapshot> overdueRechecks();
}
