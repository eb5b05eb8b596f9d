package org.db3311.sgc.core.warning.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.5.2")
@DisplayName("6.5.2 预警模型 — the surge test's edges: rate zero, far tails, baseline length")
class PoissonSurgeEdgesTest {

  @Test
  @DisplayName("a Poisson rate of zero or NaN is refused")
  void rate_must_be_positive() {
    assertThatThrownBy(() -> Poisson.upperTail(3, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Poisson.upperTail(3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("far tails keep their relative accuracy (log space, summed upward, not 1 − lower)")
  void far_tails_are_accurate() {
    // P(X >= 40 | λ = 2): the first term e^-2 2^40 / 40! dominates; the rest adds about 5 %
    double first = Math.exp(-2 + 40 * Math.log(2) - Poisson.logFactorial(40));
    double tail = Poisson.upperTail(40, 2.0);

    assertThat(first).isLessThan(1e-30);
    assertThat(tail).isGreaterThan(first).isCloseTo(first * 1.05, withinPercentage(1));
  }

  @Test
  @DisplayName("seven days of baseline are enough to call a surge; six are not")
  void seven_days_of_baseline() {
    PoissonSurgeTest t = new PoissonSurgeTest(SurgeParameters.defaults());
    int[] seven = new int[8];
    Arrays.fill(seven, 1);
    seven[7] = 15;
    int[] six = Arrays.copyOfRange(seven, 1, 8);

    assertThat(t.test(seven).surge()).isTrue();
    assertThat(t.test(six).surge()).isFalse();
  }

  @Test
  @DisplayName("only the last baselineDays days before the tested day make the expected count")
  void baseline_is_rolling() {
    SurgeParameters p = SurgeParameters.defaults();
    int[] counts = new int[12 + p.baselineDays() + 1];
    Arrays.fill(counts, 0, 12, 10);
    Arrays.fill(counts, 12, counts.length - 1, 2);
    // the baseline's first two days are busier: (2 × 9 + 26 × 2) / 28 = 2.5
    counts[12] = 9;
    counts[13] = 9;
    counts[counts.length - 1] = 3;

    SurgeTestResult r = new PoissonSurgeTest(p).test(counts);

    assertThat(r.expected()).isEqualTo(2.5);
    assertThat(r.observed()).isEqualTo(3);
    assertThat(r.surge()).isFalse();
  }

  @Test
  @DisplayName("a test keeps the parameters it was made with")
  void keeps_its_parameters() {
    SurgeParameters p = new SurgeParameters(14, 0.01, 3, 0.5);
    assertThat(new PoissonSurgeTest(p).parameters()).isSameAs(p);
  }

  @Test
  @DisplayName("exactly the minimum count can make a surge; one matter fewer cannot")
  void minimum_count_is_inclusive() {
    PoissonSurgeTest t = new PoissonSurgeTest(SurgeParameters.defaults());
    int[] quiet = new int[29];

    quiet[28] = 5;
    SurgeTestResult five = t.test(quiet);
    quiet[28] = 4;
    SurgeTestResult four = t.test(quiet);

    assertThat(five.surge()).isTrue();
    assertThat(four.pValue()).as("significant, but below the minimum count").isLessThan(0.001);
    assertThat(four.surge()).isFalse();
  }
}
