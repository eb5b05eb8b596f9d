package org.db3311.sgc.core.common;

import java.util.regex.Pattern;

/**
 * Identifies an organisational unit the center works with: a county department, a township or
 * street (乡镇（街道）), a mediation committee, the center itself or the city center.
 */
public record UnitId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  public UnitId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a unit id is 1–64 letters, digits, '.', '_', ':' or '-', not '" + value + "'");
    }
  }

  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
