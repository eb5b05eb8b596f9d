package org.db3311.sgc.core.warning.surge;

/**
 * Parameters of the Poisson surge test.
 *
 * @param baselineDays days before the tested day whose mean is the expected count
 * @param alpha the p-value below which a day is a surge (one-sided, per series and day)
 * @param minCount the fewest matters that can make a surge, so one or two matters in a quiet series
 *     never raise a warning
 * @param minRate the lowest expected daily count used, so a series with an empty baseline does not
 *     turn its first matter into a surge
 */
public record SurgeParameters(int baselineDays, double alpha, int minCount, double minRate) {

  public SurgeParameters {
    if (baselineDays < 7) {
      throw new IllegalArgumentException("a baseline needs at least 7 days, not " + baselineDays);
    }
    if (!(alpha > 0 && alpha < 0.5)) {
      throw new IllegalArgumentException("alpha is in (0, 0.5), not " + alpha);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("a surge has at least one matter");
    }
    if (!(minRate > 0)) {
      throw new IllegalArgumentException("the minimum rate is positive");
    }
  }

  /** 28 days of baseline, α = 0.001, at least 5 matters, expected rate at least 0.2 a day. */
  public static SurgeParameters defaults() {
    return new SurgeParameters(28, 0.001, 5, 0.2);
  }
}
