package org.db3311.sgc.core.supervision;

/** The time-limited steps of a supervised matter. */
public enum Step {
  /** 签收: the responsible unit acknowledges the assignment. */
  SIGN_FOR,
  /** 办理 / 调处: the unit handles the matter (限期调处). */
  HANDLING,
  /** 反馈: the result is fed back (限期反馈办理结果). */
  FEEDBACK,
  /** 复盘: the review after an event is closed (6.3.1.3). */
  REVIEW
}
