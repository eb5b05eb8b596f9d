package org.db3311.sgc.core.followup;

/** A party's answer to the satisfaction survey. */
public enum Satisfaction {
  /** 满意. */
  SATISFIED,
  /** 基本满意. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  DISSATISFIED
}
