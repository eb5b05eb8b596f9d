package org.db3311.sgc.core.evaluation.improvement;

/** Where a finding that calls for correction comes from. */
public enum FindingSource {
  /** A department metric below its target (9.2.2). */
  EVALUATION_FIGURE,
  /** A staff evaluation (9.2.1). */
  STAFF_EVALUATION,
  /** An upheld complaint from the public (9.1). */
  PUBLIC_COMPLAINT,
  /** Supervision and guidance by a higher-level organisation (9.1). */
  HIGHER_LEVEL_SUPERVISION,
  /** An internal inspection. */
  INSPECTION
}
