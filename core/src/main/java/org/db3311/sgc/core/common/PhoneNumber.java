package org.db3311.sgc.core.common;

import java.util.regex.Pattern;

/**
 * A telephone number at which a party or unit can be reached: a mainland mobile number (11 digits
 * starting 13–19, no operator prefixes hard-coded) or a fixed line with its area code.
 */
public record PhoneNumber(String value) {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern FIXED = Pattern.compile("0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}");

  public PhoneNumber {
    if (value == null) {
      throw new IllegalArgumentException("a phone number is required");
    }
    value = value.strip().replace(" ", "");
    if (!MOBILE.matcher(value).matches() && !FIXED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a mobile (1[3-9] and 9 digits) or fixed-line (area code and number) number: '"
              + value
              + "'");
    }
  }

  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /** True for a mobile number, which can receive text messages. */
  public boolean isMobile() {
    return MOBILE.matcher(value).matches();
  }

  /** The number with its middle digits hidden, for display. */
  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
  }

  @Override
  public String toString() {
    return masked();
  }
}
