package org.db3311.sgc.core.eventhandling;

/** The states of a month's duty roster. */
public enum DutyRosterState {
  DRAFT,
  /** In force: events are escalated to the leaders it names. */
  PUBLISHED
}
