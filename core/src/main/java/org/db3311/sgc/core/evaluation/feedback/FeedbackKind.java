package org.db3311.sgc.core.evaluation.feedback;

/** What the public (or a higher-level organisation) brings through the channel. */
public enum FeedbackKind {
  /** 意见建议. */
  OPINION,
  /** 投诉. */
  COMPLAINT,
  /** 表扬. */
  PRAISE,
  /** 上级组织的监督和指导. */
  HIGHER_LEVEL_SUPERVISION
}
