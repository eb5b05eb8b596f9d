package org.db3311.sgc.core.eventhandling;

/** What can be done to a social-governance event. */
public enum EventAction {
  /** Creates the event; not a transition of the table. */
  RECEIVE,
  ASSIGN,
  ESCALATE_TO_DUTY_LEADER,
  /** No duty leader was found: the roster's fallback leader takes the event (6.3.1.2). */
  ESCALATE_TO_FALLBACK_LEADER,
  REPORT_TO_CITY,
  /** Ruling R12: an event wholly in another county goes to that county's center. */
  TRANSFER_TO_COUNTY,
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
