package org.db3311.sgc.core.eventhandling;

/** What can be done to a duty roster. */
public enum DutyRosterAction {
  /** Creates the roster; not a transition of the table. */
  PLAN,
  ASSIGN_SHIFT,
  SET_FALLBACK,
  PUBLISH,
  REVISE
}
