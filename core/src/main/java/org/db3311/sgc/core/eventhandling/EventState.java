package org.db3311.sgc.core.eventhandling;

/** The states of a social-governance event (社会治理事件). */
public enum EventState {
  /** Received from intake, not yet triaged. */
  RECEIVED,
  /** A general event assigned to a township/street or county department (6.3.1.1). */
  ASSIGNED,
  /** A cross-boundary event led by the duty county leader (6.3.1.2). */
  LEADER_COORDINATING,
  /** A city-level or cross-county event reported to the city center (6.3.1.2). */
  REPORTED_TO_CITY,
  /** Lying wholly in another county, transferred to that county's center (ruling R12). */
  TRANSFERRED,
  /** Signed for by the lead unit and being handled. */
  IN_HANDLING,
  /** Handling reported done. */
  HANDLED,
  /** Closed (处置结束); the matter is closed. */
  CLOSED,
  /** Reviewed (复盘评估). */
  REVIEWED,
  /** The result was reported (上报处置结果). */
  RESULT_REPORTED,
  /** Archived; possible only after review and result report. */
  ARCHIVED
}
