package org.db3311.sgc.core.warning.surge;

/**
 * The outcome of testing one day of one series: what was seen, what the baseline expected, how
 * unlikely the count is under the baseline, and whether that makes a surge.
 */
public record SurgeTestResult(int observed, double expected, double pValue, boolean surge) {

  /** Observed ÷ expected. */
  public double ratio() {
    return observed / expected;
  }
}
