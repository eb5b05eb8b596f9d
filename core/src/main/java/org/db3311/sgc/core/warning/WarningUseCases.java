package org.db3311.sgc.core.warning;

import org.db3311.sgc.core.common.SweepResult;

/**
 * Groups the incoming ports of risk identification and early warning (6.5); {@link WarningService}
 * implements them all.
 */
public interface WarningUseCases extends HandleWarningUseCase {

  /**
   * Runs the model now: the warnings raised or changed, and each subject that could not be (one
   * failing subject never stops the others).
   */
  SweepResult<WarningSnapshot> scanNow();

  /** The open warnings, and each warning that could not be read. */
  SweepResult<WarningSnapshot> openWarnings();

  /**
   * A warning as stored now.
   *
   * @throws WarningNotFoundException when there is none under the id
   */
  WarningSnapshot warning(WarningId id);
}
