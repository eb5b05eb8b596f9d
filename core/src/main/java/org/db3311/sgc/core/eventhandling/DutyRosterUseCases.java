package org.db3311.sgc.core.eventhandling;

/** Groups the incoming ports of the duty roster (值班); {@link DutyRosterService} implements them. */
public interface DutyRosterUseCases extends PlanDutyRosterUseCase, PublishDutyRosterUseCase {}
