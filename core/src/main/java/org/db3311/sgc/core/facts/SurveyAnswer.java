package org.db3311.sgc.core.facts;

/** The answer to the satisfaction follow-up (6.2.1.4.2). */
public enum SurveyAnswer {
  /** 满意. */
  SATISFIED,
  /** 基本满意. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  DISSATISFIED
}
