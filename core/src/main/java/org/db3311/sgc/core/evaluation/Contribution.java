package org.db3311.sgc.core.evaluation;

/** What one matter adds to a figure. */
public enum Contribution {
  /** Outside the figure's basis. */
  NONE,
  /** Counted in the denominator only. */
  DENOMINATOR,
  /** Counted in both counts. */
  BOTH
}
