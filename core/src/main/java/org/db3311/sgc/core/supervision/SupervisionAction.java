package org.db3311.sgc.core.supervision;

/** What can happen to a supervision file. */
public enum SupervisionAction {
  /** Creates the file; not a transition of the table. */
  OPEN,
  /** The matter's intake asked the applicant for a supplement (the file opens if need be). */
  REQUEST_SUPPLEMENT,
  /** The applicant supplied the materials asked for. */
  SUPPLY_MATERIALS,
  /** The matter was accepted (the file opens if need be); the acceptance clocks start. */
  ACCEPT,
  /** The matter was refused or withdrawn before acceptance. */
  NOT_ACCEPT,
  /** An accepted event was received for triage. */
  RECEIVE_EVENT,
  /** A mediation was opened for an accepted dispute. */
  OPEN_MEDIATION,
  FIND_SUITABLE,
  FIND_UNSUITABLE,
  /** A party declined mediation. */
  REFUSE_CONSENT,
  SIGN_FOR,
  REASSIGN,
  /** The assigned unit declines the matter as outside its remit; it goes back to the center. */
  DECLINE,
  PAUSE,
  RESUME,
  EXTEND,
  REPORT_HANDLED,
  RETURN,
  COMPLETE,
  RECORD_REVIEW,
  REOPEN,
  ISSUE_NOTICE,
  /** The matter ended without a handling report (e.g. found unsuitable for mediation). */
  CONCLUDE,
  /**
   * Running deadlines announced on a provisional year are recounted on the official arrangement,
   * never earlier (ruling R10); the state does not change.
   */
  RECOMPUTE_DEADLINES
}
