package org.db3311.sgc.core.assessment.profile;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Width and height of a sign in millimetres.
 *
 * @param widthMm width, a {@link Quantity#SIGN_SIDE}
 * @param heightMm height, a {@link Quantity#SIGN_SIDE}
 */
public record Dimensions(BigDecimal widthMm, BigDecimal heightMm) {

  public Dimensions {
    widthMm = Quantity.SIGN_SIDE.check(widthMm, "sign width");
    heightMm = Quantity.SIGN_SIDE.check(heightMm, "sign height");
  }

  public static Dimensions of(double widthMm, double heightMm) {
    return new Dimensions(BigDecimal.valueOf(widthMm), BigDecimal.valueOf(heightMm));
  }

  /** Width divided by height. */
  public BigDecimal aspectRatio() {
    return widthMm.divide(heightMm, MathContext.DECIMAL64);
  }
}
