package org.db3311.sgc.core.common;

import java.util.regex.Pattern;

/**
 * A statistical division code (统计用区划代码) below the county: nine digits for a township or street
 * (乡镇、街道), the county's six GB/T 2260 digits followed by three; twelve for a village or community
 * (村、社区), the township's nine followed by three. Whether a code names a real division is a question
 * for a registry held as data; this type checks the form and the nesting.
 */
public record AreaCode(String value) {

  private static final Pattern FORM = Pattern.compile("[1-9][0-9]{8}([0-9]{3})?");

  public AreaCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a township code has 9 digits and a village code 12, not '" + value + "'");
    }
    DivisionCode.of(value.substring(0, 6));
  }

  public static AreaCode of(String value) {
    return new AreaCode(value);
  }

  public boolean isTownship() {
    return value.length() == 9;
  }

  public boolean isVillage() {
    return value.length() == 12;
  }

  /** The county (GB/T 2260) the area lies in. */
  public DivisionCode county() {
    return DivisionCode.of(value.substring(0, 6));
  }

  /** The township a village lies in, or the township itself. */
  public AreaCode township() {
    return isTownship() ? this : new AreaCode(value.substring(0, 9));
  }

  @Override
  public String toString() {
    return value;
  }
}
