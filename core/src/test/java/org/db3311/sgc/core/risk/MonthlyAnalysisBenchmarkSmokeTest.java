package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"6.4.1.3", "8.2.5"})
@DisplayName(
    "the benchmark's operations work on a small history (the benchmark itself runs under JMH)")
class MonthlyAnalysisBenchmarkSmokeTest {

  @Test
  @DisplayName("monthly report and evaluation figures over 20,000 generated matters")
  void operations_work() {
    MonthlyAnalysisBenchmark b = new MonthlyAnalysisBenchmark();
    b.facts = 20_000;
    b.generate();

    assertThat(b.monthlyReport().section("类型")).isPresent();
    assertThat(b.evaluationFiguresMonth().overall().get(MetricKind.RESPONSE_RATE).denominator())
        .isPositive();
    assertThat(b.evaluationFiguresYear().departments()).hasSize(5);
  }
}
