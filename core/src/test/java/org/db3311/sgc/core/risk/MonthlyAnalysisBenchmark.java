package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.MetricDefinition;
import org.db3311.sgc.core.evaluation.MetricDefinitions;
import org.db3311.sgc.core.evaluation.MetricSheets;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterHistories;
import org.db3311.sgc.core.risk.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monthly risk-analysis report and the evaluation figures of every department, each computed
 * over one million generated matter histories (a year of a large county) held in memory. Run as
 * described in docs/analysis.md; short runs, the machine is shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class MonthlyAnalysisBenchmark {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final YearMonth JUNE = YearMonth.of(2025, 6);

  @Param("1000000")
  int facts;

  List<MatterFact> history;
  MonthlyReportBuilder monthly;
  MetricSheets calculator;
  List<MetricDefinition> definitions;
  Span month;
  Period june;
  Period year;
  Instant asOf;

  @Setup
  public void generate() {
    history = MatterHistories.generate(new Random(2025), facts, 365, facts / 4);
    monthly = new MonthlyReportBuilder(RiskReportSettings.defaults(ZONE, UnitId.of("center.risk")));
    calculator = new MetricSheets();
    definitions = MetricDefinitions.r8Defaults().allEffectiveOn(JUNE.atDay(1));
    month = Span.month(JUNE, ZONE);
    june = Period.month(JUNE, ZONE);
    year = Period.year(2025, ZONE);
    asOf = month.end();
  }

  /** 6.4.1.3: the monthly report over all the data (with the previous month for comparison). */
  @Benchmark
  public Report monthlyReport() {
    return monthly.draft(month, history, List.of(), asOf);
  }

  /** R8: every metric for every department and the center, for one month. */
  @Benchmark
  public EvaluationSheet evaluationFiguresMonth() {
    return calculator.sheet(definitions, june, june.end(), history);
  }

  /** R8: the same for the whole year (the annual assessment's input). */
  @Benchmark
  public EvaluationSheet evaluationFiguresYear() {
    return calculator.sheet(definitions, year, year.end(), history);
  }
}
