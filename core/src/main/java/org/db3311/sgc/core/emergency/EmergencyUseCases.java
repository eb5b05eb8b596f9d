package org.db3311.sgc.core.emergency;

import org.db3311.sgc.core.common.SweepResult;

/**
 * Groups the incoming ports of emergency command and coordination (6.6); {@link EmergencyService}
 * implements them all.
 */
public interface EmergencyUseCases extends DiscoverIncidentUseCase, RespondToIncidentUseCase {

  /** The grade the policy suggests for an impact; the commander decides. */
  IncidentGrade suggestGrade(ImpactAssessment impact);

  /**
   * Every incident, ordered by id, and each that could not be read: the list the command room works
   * from, where one unreadable incident never hides the others.
   */
  SweepResult<IncidentSnapshot> incidents();

  /** Incidents whose next progress report is overdue, and each that could not be read. */
  SweepResult<IncidentSnapshot> progressOverdueIncidents();

  /**
   * An incident as stored now.
   *
   * @throws IncidentNotFoundException when there is none under the id
   */
  IncidentSnapshot incident(IncidentId id);
}
