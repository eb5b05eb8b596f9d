package org.db3311.sgc.core.assessment.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The measured quantities of a profile and their bounds: greater than 0, at most a maximum no real
 * center approaches, and at most {@value #MAX_DECIMAL_PLACES} decimal places (so at most 13
 * significant digits).
 *
 * <p>The bounds exist because a {@link BigDecimal} can carry any exponent: {@code 1e-400000000} is
 * a valid JSON number, and a rule that subtracts it from 3000 or prints it in plain notation would
 * expand it to four hundred million digits. The checks here only compare and never expand, so an
 * absurd value is rejected at construction in as little time as a sensible one is accepted.
 */
public enum Quantity {
  /** Total floor area (5.1.1.2). */
  FLOOR_AREA("m²", "1000000"),
  /** Width or height of a sign (appendices B and C). */
  SIGN_SIDE("mm", "100000"),
  /** Diagonal of a display (8.1.3). */
  DISPLAY_DIAGONAL("inches", "10000"),
  /** Network bandwidth (8.1.2). */
  BANDWIDTH("Mbps", "1000000");

  /**
   * The most decimal places a quantity may have: a millionth of a unit is finer than any measure.
   */
  public static final int MAX_DECIMAL_PLACES = 6;

  private static final BigDecimal SMALLEST = BigDecimal.ONE.movePointLeft(MAX_DECIMAL_PLACES);
  private static final int SHOWN_DIGITS = 20;

  private final String unit;
  private final BigDecimal maximum;

  Quantity(String unit, String maximum) {
    this.unit = unit;
    this.maximum = new BigDecimal(maximum);
  }

  public String unit() {
    return unit;
  }

  /** The largest value accepted. */
  public BigDecimal maximum() {
    return maximum;
  }

  /** Why the value is not an acceptable quantity of this kind, or empty when it is. */
  public Optional<String> problem(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() <= 0) {
      return Optional.of("must be greater than 0, not " + shown(value));
    }
    if (value.compareTo(maximum) > 0) {
      return Optional.of(
          "must be at most " + maximum.toPlainString() + " " + unit + ", not " + shown(value));
    }
    // below a millionth it has too many places whatever its digits; from there on its digits are
    // bounded by those written, so rescaling costs no more than reading it did
    if (value.scale() > MAX_DECIMAL_PLACES
        && (value.compareTo(SMALLEST) < 0
            || value.setScale(MAX_DECIMAL_PLACES, RoundingMode.DOWN).compareTo(value) != 0)) {
      return Optional.of(
          "must have at most " + MAX_DECIMAL_PLACES + " decimal places, not " + shown(value));
    }
    return Optional.empty();
  }

  /**
   * Checks the value and returns it in canonical form: without trailing zeros after the point and
   * without an exponent, so that equal quantities make equal records ({@code 3000}, {@code 3000.0}
   * and {@code 3E+3} all become {@code 3000}) and print the same.
   *
   * @param what how a message names the value, e.g. {@code "sign width"}
   * @throws IllegalArgumentException naming the value and the bound it breaks
   */
  BigDecimal check(BigDecimal value, String what) {
    Optional<String> problem = problem(Objects.requireNonNull(value, what));
    if (problem.isPresent()) {
      throw new IllegalArgumentException(what + " " + problem.get());
    }
    // exact: the value has at most MAX_DECIMAL_PLACES significant places, checked above
    BigDecimal canonical =
        value.scale() > MAX_DECIMAL_PLACES
            ? value.setScale(MAX_DECIMAL_PLACES, RoundingMode.UNNECESSARY)
            : value;
    canonical = canonical.stripTrailingZeros();
    return canonical.scale() < 0 ? canonical.setScale(0) : canonical;
  }

  /**
   * The value for a message: in full when short, else its first 20 digits and its exponent (not
   * {@link BigDecimal#round}, which fails on exponents near the ends of the int range).
   */
  private static String shown(BigDecimal value) {
    if (value.precision() <= SHOWN_DIGITS) {
      return value.toString();
    }
    String digits = value.unscaledValue().abs().toString().substring(0, SHOWN_DIGITS);
    long exponent = (long) value.precision() - value.scale() - 1;
    return (value.signum() < 0 ? "-" : "")
        + digits.charAt(0)
        + "."
        + digits.substring(1)
        + "E"
        + (exponent < 0 ? "" : "+")
        + exponent
        + "…";
  }
}
