package org.db3311.sgc.core.epidemic;

/**
 * The stages of the closed loop (全过程闭环, 6.7.1.1) an epidemic-related matter goes through, in order;
 * each has a time limit that depends on the mode.
 */
public enum Stage {
  /** 分析. */
  ANALYSIS,
  /** 流转. */
  ROUTING,
  /** 处置. */
  HANDLING,
  /** 督办反馈. */
  SUPERVISION_FEEDBACK,
  /** 考核. */
  ASSESSMENT
}
