package org.db3311.sgc.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate kept as its two counts, so that it is exact, can be summed across departments and periods
 * and shows its basis. With nothing to count the rate is undefined, not 0 % or 100 %.
 */
public record Rate(long numerator, long denominator) {

  public static final Rate EMPTY = new Rate(0, 0);

  public Rate {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a rate counts 0 ≤ numerator ≤ denominator: " + numerator + "/" + denominator);
    }
  }

  public boolean defined() {
    return denominator > 0;
  }

  /** The rate in percent, rounded half-up to {@code scale} decimals; empty when undefined. */
  public Optional<BigDecimal> percent(int scale) {
    if (!defined()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  public Rate plus(Rate other) {
    return new Rate(numerator + other.numerator, denominator + other.denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator + percent(2).map(p -> " (" + p + " %)").orElse("");
  }
}
