package org.db3311.sgc.core.eventhandling;

/** What can be done to a social-governance event. */
public enum EventAction {
  /** Creates the event; not a transition of the table. */
  RECEIVE,
  ASSIGN,
  ESCALATE_TO_DUTY_LEADER,
  REPORT_TO_CITY,
  DECLINE_ASSIGNMENT,
  SIGN_FOR,
  REPORT_HANDLED,
  RECORD_CITY_RESULT,
  RETURN,
  CLOSE,
  REVIEW,
  REPORT_RESULT,
  ARCHIVE,
  /** The matter was reopened (a dissatisfied follow-up): handling starts again. */
  REOPEN
}
