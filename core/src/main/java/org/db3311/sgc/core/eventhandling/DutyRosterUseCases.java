package org.db3311.sgc.core.eventhandling;

/**
 * Groups the incoming ports of the duty roster (值班); {@link DutyRosterService} implements them. It
 * answers {@link DutyLeaders} too, so a leader's view asks the roster who is on duty exactly as
 * event handling does (6.3.1.2), fallback included.
 */
public interface DutyRosterUseCases
    extends PlanDutyRosterUseCase, PublishDutyRosterUseCase, DutyLeaders {}
