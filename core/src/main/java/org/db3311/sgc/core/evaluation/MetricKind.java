package org.db3311.sgc.core.evaluation;

/** The department metrics of 9.2.2, as ruling R8 defines them by default. */
public enum MetricKind {
  /** 响应率: signed for within the response deadline ÷ assigned. */
  RESPONSE_RATE,
  /** 处置率: closed ÷ accepted. */
  HANDLING_RATE,
  /** 按时处置率: closed by the handling deadline ÷ accepted. */
  ON_TIME_HANDLING_RATE,
  /** 满意率: (satisfied + basically satisfied) ÷ surveys answered. */
  SATISFACTION_RATE
}
