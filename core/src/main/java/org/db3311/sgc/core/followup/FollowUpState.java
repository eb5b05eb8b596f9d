package org.db3311.sgc.core.followup;

/** The states of a follow-up (反馈回访). */
public enum FollowUpState {
  /** The matter closed; its parties are yet to be told the result. */
  PENDING_NOTICE,
  /** Every party was told the result (6.2.1.4.1). */
  RESULT_NOTIFIED,
  /** Surveyed parties were satisfied or basically satisfied. */
  SATISFIED,
  /** A surveyed party was dissatisfied. */
  DISSATISFIED,
  /** The matter was reopened under supervision. */
  REOPENED,
  /** Follow-up finished. */
  CONCLUDED
}
