package org.db3311.sgc.core.intake;

import java.util.regex.Pattern;

/**
 * A cause (成因) of a matter as the clerk records it at intake, from the configurable {@link
 * CauseTaxonomy}: what the weekly report sums up by (6.4.1.2).
 *
 * @param code a stable code, e.g. {@code wage_arrears}
 */
public record Cause(String code, String nameZh, String nameEn) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.-]{1,63}");

  public Cause {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a cause code is lower-case, e.g. wage_arrears");
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("cause " + code + " needs Chinese and English names");
    }
  }
}
