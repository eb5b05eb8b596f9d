package org.db3311.sgc.core.evaluation.staff;

/** Where a service-quality rating comes from. */
public enum QualitySource {
  /** The served citizen's rating (e.g. the rating pad at the window). */
  PUBLIC_RATING,
  /** A supervisor's spot check. */
  SUPERVISOR_CHECK,
  /** An unannounced visit (暗访). */
  MYSTERY_VISIT
}
