package org.db3311.sgc.core.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: a six-digit address code, the birth date
 * YYYYMMDD, a three-digit sequence (odd for men, even for women) and a check character computed
 * with ISO 7064 MOD 11-2. A number whose check character does not match is rejected.
 */
public record ResidentIdNumber(String value) {

  private static final Pattern FORM = Pattern.compile("[1-9][0-9]{16}[0-9X]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  public ResidentIdNumber {
    if (value == null) {
      throw new IllegalArgumentException("an identity number is required");
    }
    value = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a GB 11643 identity number is 17 digits and a check character (0-9 or X), not '"
              + value
              + "'");
    }
    try {
      LocalDate.of(
          Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "identity number " + value + " holds no valid birth date: " + value.substring(6, 14), e);
    }
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      throw new IllegalArgumentException(
          "identity number "
              + value
              + " fails its GB 11643 check: the check character should be "
              + expected);
    }
  }

  public static ResidentIdNumber of(String value) {
    return new ResidentIdNumber(value);
  }

  /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    if (first17 == null || !first17.matches("[0-9]{17}")) {
      throw new IllegalArgumentException("seventeen digits expected, not '" + first17 + "'");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The address code of the place of household registration at issue. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  /** True when the sequence code is odd, which GB 11643 assigns to men. */
  public boolean isMale() {
    return (value.charAt(16) - '0') % 2 == 1;
  }

  /** The number with the birth date and sequence hidden, for display on screens and paper. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  /** Masked, so that logs and messages do not leak the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
