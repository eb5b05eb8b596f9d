package org.db3311.sgc.core.mediation;

/** What can be done to a mediation case. */
public enum MediationAction {
  /** Creates the case; not a transition of the table. */
  OPEN,
  ASSESS_SUITABLE,
  ASSESS_UNSUITABLE,
  RECORD_CONSENT,
  CONSENT_COMPLETE,
  DECLINE,
  ROUTE,
  SCHEDULE_ONLINE,
  SCHEDULE_OFFLINE,
  HOLD_SESSION,
  REACH_AGREEMENT,
  FAIL,
  REFER_TO_LITIGATION,
  /** Records the center's decision to route the dispute onward to another body (6.2). */
  ROUTE_ONWARD,
  CLOSE,
  /**
   * Recounts a provisional judicial-confirmation due date once the official arrangement is loaded
   * (R10); the state stays, so it is not a transition of the table.
   */
  RECOUNT_CONFIRMATION_DUE
}
