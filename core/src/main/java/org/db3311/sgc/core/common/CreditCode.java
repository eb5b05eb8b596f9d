package org.db3311.sgc.core.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: eighteen characters from 0-9 and the
 * capitals except I, O, S, V, Z. A wrong check character is not a rejection: some codes in real
 * registries fail the checksum, so the code is kept and {@link #checkDigitWarning()} reports it.
 */
public record CreditCode(String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final Pattern FORM = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{18}");
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public CreditCode {
    if (value == null) {
      throw new IllegalArgumentException("a credit code is required");
    }
    value = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a GB 32100 credit code is 18 characters of 0-9 A-H J-N P-R T U W-Y, not '"
              + value
              + "'");
    }
  }

  public static CreditCode of(String value) {
    return new CreditCode(value);
  }

  /** The check character GB 32100 computes for the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17 == null || !first17.matches("[0-9A-HJ-NP-RTUW-Y]{17}")) {
      throw new IllegalArgumentException("17 credit-code characters expected, not " + first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return ALPHABET.charAt(c == 31 ? 0 : c);
  }

  public boolean hasValidCheckCharacter() {
    return value.charAt(17) == checkCharacter(value.substring(0, 17));
  }

  /** A warning for the registration record when the check character does not match. */
  public Optional<String> checkDigitWarning() {
    if (hasValidCheckCharacter()) {
      return Optional.empty();
    }
    return Optional.of(
        "credit code "
            + value
            + " fails its GB 32100 check (expected check character "
            + checkCharacter(value.substring(0, 17))
            + "); kept as given");
  }

  @Override
  public String toString() {
    return value;
  }
}
