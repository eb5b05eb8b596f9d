package org.db3311.sgc.core.warning.surge;

import java.util.Objects;

/**
 * A statistical test for an unusual rise (异常增长): the tested day's count against a Poisson
 * distribution whose rate is the mean of a rolling baseline of the days before. Explainable by
 * construction: the result says what was observed, what was expected and how unlikely it was.
 */
public final class PoissonSurgeTest {

  private final SurgeParameters parameters;

  public PoissonSurgeTest(SurgeParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  public SurgeParameters parameters() {
    return parameters;
  }

  /**
   * @param counts daily counts, oldest first; the last is the day tested, the {@code baselineDays}
   *     before it the baseline (fewer at the start of a series: their mean is used, and no surge is
   *     called on less than a week of baseline)
   */
  public SurgeTestResult test(int[] counts) {
    if (counts.length == 0) {
      throw new IllegalArgumentException("no day to test");
    }
    int today = counts[counts.length - 1];
    int from = Math.max(0, counts.length - 1 - parameters.baselineDays());
    int days = counts.length - 1 - from;
    long sum = 0;
    for (int i = from; i < counts.length - 1; i++) {
      sum += counts[i];
    }
    double expected = Math.max(parameters.minRate(), days == 0 ? 0 : (double) sum / days);
    double p = Poisson.upperTail(today, expected);
    boolean surge = days >= 7 && today >= parameters.minCount() && p < parameters.alpha();
    return new SurgeTestResult(today, expected, p, surge);
  }
}
