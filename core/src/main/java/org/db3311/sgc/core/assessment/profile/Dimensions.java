package org.db3311.sgc.core.assessment.profile;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Width and height of a sign in millimetres.
 *
 * @param widthMm width, greater than 0
 * @param heightMm height, greater than 0
 */
public record Dimensions(BigDecimal widthMm, BigDecimal heightMm) {

  public Dimensions {
    Checks.positive(widthMm, "sign width");
    Checks.positive(heightMm, "sign height");
  }

  public static Dimensions of(double widthMm, double heightMm) {
    return new Dimensions(BigDecimal.valueOf(widthMm), BigDecimal.valueOf(heightMm));
  }

  /** Width divided by height. */
  public BigDecimal aspectRatio() {
    return widthMm.divide(heightMm, MathContext.DECIMAL64);
  }
}
