package org.db3311.sgc.core.onward;

/** What can happen to an onward referral. */
public enum OnwardAction {
  /** Creates the referral; not a transition of the table. */
  REFER,
  RECEIVE,
  DECLINE_TO_ACCEPT,
  EXTEND,
  DECIDE,
  REQUEST_REVIEW,
  CONCLUDE_REVIEW,
  REQUEST_RECHECK,
  CONCLUDE_RECHECK,
  REPORT_BACK
}
