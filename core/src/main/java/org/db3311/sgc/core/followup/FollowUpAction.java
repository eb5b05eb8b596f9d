package org.db3311.sgc.core.followup;

/** What can be done in a follow-up. */
public enum FollowUpAction {
  /** Creates the follow-up when the matter closes; not a transition of the table. */
  OPEN,
  NOTIFY_RESULT,
  RECORD_SATISFIED,
  RECORD_DISSATISFIED,
  REOPEN,
  CONCLUDE
}
