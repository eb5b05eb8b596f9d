package org.db3311.sgc.core.epidemic;

import java.util.List;
import org.db3311.sgc.core.common.SweepResult;

/**
 * Groups the incoming ports of epidemic prevention and control (6.7); {@link
 * EpidemicControlService} implements them all. The mode in force is stored ({@link
 * EpidemicCommandRepository}), never held by the service, so it survives a restart and is the same
 * on every instance.
 */
public interface EpidemicUseCases extends SwitchEpidemicModeUseCase, HandleEpidemicCaseUseCase {

  /** The mode in force, as stored. */
  EpidemicMode mode();

  /** Every switch of mode, oldest first. */
  List<ModeSwitch> switches();

  /**
   * Every case, ordered by id, and each that could not be read: one unreadable case never hides the
   * others.
   */
  SweepResult<EpidemicCaseSnapshot> epidemicCases();

  /** Open cases past the deadline of their stage, and each case that could not be read. */
  SweepResult<EpidemicCaseSnapshot> overdueCases();

  /**
   * A case as stored now.
   *
   * @throws EpidemicCaseNotFoundException when there is none under the id
   */
  EpidemicCaseSnapshot epidemicCase(EpidemicCaseId id);
}
