package org.db3311.sgc.core.common;

import java.util.regex.Pattern;

/**
 * An administrative division code (行政区划代码) of GB/T 2260: six digits, province (2), city (2), county
 * (2). Whether a code names a real division is a question for a {@code DivisionRegistry} held as
 * data, since the table changes; this type only checks the form.
 */
public record DivisionCode(String value) {

  private static final Pattern FORM = Pattern.compile("[1-9][0-9]{5}");

  public DivisionCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a GB/T 2260 division code is six digits not starting with 0, not '" + value + "'");
    }
  }

  public static DivisionCode of(String value) {
    return new DivisionCode(value);
  }

  /** True for a county-level code (the last two digits are not 00). */
  public boolean isCountyLevel() {
    return !value.endsWith("00");
  }

  /** The code of the enclosing city (prefecture) level, e.g. 331100 for 331121. */
  public DivisionCode city() {
    return new DivisionCode(value.substring(0, 4) + "00");
  }

  /** The code of the enclosing province, e.g. 330000 for 331121. */
  public DivisionCode province() {
    return new DivisionCode(value.substring(0, 2) + "0000");
  }

  @Override
  public String toString() {
    return value;
  }
}
