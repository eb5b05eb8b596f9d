package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * The evaluation's calculator for benchmarks outside the package ({@code
 * risk.MonthlyAnalysisBenchmark}): the calculator is not API, the figures it computes are.
 */
public final class MetricSheets {

  private final MetricCalculator calculator = new MetricCalculator();

  /** Every figure of {@code definitions} for every department and the center over {@code facts}. */
  public EvaluationSheet sheet(
      List<MetricDefinition> definitions,
      Period period,
      Instant cutoff,
      Iterable<MatterFact> facts) {
    return calculator.sheet(definitions, period, cutoff, facts);
  }
}
