package org.db3311.sgc.core.onward;

/** The steps of an onward road that run on a clock. */
public enum OnwardStep {
  /** A transferred 信访 matter outside the body's remit is objected to (异议). */
  OBJECTION,
  /** The body decides whether to accept (受理), or for 信访 tells the petitioner in writing. */
  ACCEPTANCE,
  /** The body concludes: award, decision, 信访 opinion (办理意见). */
  CONCLUSION,
  /** An administrative reconsideration under the simplified procedure concludes. */
  SIMPLIFIED_CONCLUSION,
  /** The petitioner's window to request 复查 (review) after the written reply. */
  REVIEW_REQUEST,
  /** The 复查 opinion is given. */
  REVIEW,
  /** The petitioner's window to request 复核 (second review) after the 复查 opinion. */
  RECHECK_REQUEST,
  /** The 复核 opinion is given. */
  RECHECK
}
