package org.db3311.sgc.core.warning.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.5.2")
@DisplayName("6.5.2 预警模型 — the Poisson surge test against a rolling baseline")
class PoissonSurgeTestTest {

  @Test
  @DisplayName("tail probabilities match known values")
  void known_tails() {
    assertThat(Poisson.upperTail(0, 2.0)).isEqualTo(1.0);
    assertThat(Poisson.upperTail(1, 2.0)).isCloseTo(1 - Math.exp(-2), within(1e-12));
    assertThat(Poisson.upperTail(5, 0.5)).isCloseTo(1.7212e-4, within(1e-7));
    assertThat(Poisson.upperTail(30, 5.0)).isGreaterThan(0).isLessThan(1e-10);
  }

  @Property(tries = 300)
  void tail_equals_one_minus_the_summed_lower_part(
      @ForAll @IntRange(min = 0, max = 60) int k,
      @ForAll @DoubleRange(min = 0.05, max = 40) double lambda) {
    double lower = 0;
    double term = Math.exp(-lambda);
    for (int i = 0; i < k; i++) {
      lower += term;
      term *= lambda / (i + 1);
    }
    assertThat(Poisson.upperTail(k, lambda)).isCloseTo(Math.max(0, 1 - lower), within(1e-9));
    assertThat(Poisson.upperTail(k + 1, lambda)).isLessThanOrEqualTo(Poisson.upperTail(k, lambda));
  }

  static int[] series(int baselineValue, int days, int today) {
    int[] c = new int[days + 1];
    Arrays.fill(c, baselineValue);
    c[days] = today;
    return c;
  }

  @Test
  @DisplayName("a spike far above the baseline is a surge, with its evidence")
  void spike() {
    SurgeTestResult r = new PoissonSurgeTest(SurgeParameters.defaults()).test(series(2, 28, 12));

    assertThat(r.surge()).isTrue();
    assertThat(r.observed()).isEqualTo(12);
    assertThat(r.expected()).isEqualTo(2.0);
    assertThat(r.pValue()).isLessThan(1e-4);
    assertThat(r.ratio()).isEqualTo(6.0);
  }

  @Test
  @DisplayName(
      "ordinary variation, a few matters in a quiet series, or a short baseline are not surges")
  void not_surges() {
    PoissonSurgeTest t = new PoissonSurgeTest(SurgeParameters.defaults());
    assertThat(t.test(series(4, 28, 7)).surge()).isFalse();
    assertThat(t.test(series(0, 28, 4)).surge()).as("below the minimum count").isFalse();
    assertThat(t.test(series(0, 5, 20)).surge()).as("five days of baseline").isFalse();
  }

  @Test
  @DisplayName("parameters are checked")
  void parameters() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SurgeParameters(3, 0.01, 5, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SurgeParameters(28, 0.7, 5, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
