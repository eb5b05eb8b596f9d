package org.db3311.sgc.core.onward;

/** The states of an onward referral. */
public enum OnwardState {
  /** Routed by the center; the receiving body has not yet accepted. */
  REFERRED,
  /** The body did not accept it (outside its remit, not admissible): the center routes again. */
  NOT_ACCEPTED,
  /** Accepted by the body (for 信访: the petitioner told in writing); its conclusion clock runs. */
  RECEIVED,
  /** The body concluded: award, judgment, decision, 信访 written reply. */
  DECIDED,
  /** 信访: the petitioner requested 复查 (review). */
  UNDER_REVIEW,
  /** 信访: the 复查 opinion was given. */
  REVIEWED,
  /** 信访: the petitioner requested 复核 (second review). */
  UNDER_RECHECK,
  /** 信访: the 复核 opinion was given; the same facts and grounds are not accepted again. */
  RECHECKED,
  /** The body reported the final result back to the center; the matter closes with it. */
  REPORTED_BACK
}
