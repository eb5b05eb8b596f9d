package org.db3311.sgc.adapter.sms;

import java.util.regex.Pattern;
import org.db3311.sgc.core.common.Notification;

/**
 * Hides personal data in whatever this adapter logs or puts in an exception: mobile numbers ({@code
 * 138****1234}), resident ID numbers ({@code 331102********1234}) and the recipient's name. Applied
 * to everything that comes from outside, such as a gateway's error text that might echo the
 * request.
 */
final class Redaction {

  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])");
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern FIXED_LINE =
      Pattern.compile("(?<![0-9])(0[1-9][0-9]{1,2}-?)[0-9]{3,4}([0-9]{4})(?![0-9])");

  private Redaction() {}

  /** A mobile number as {@code 138****1234}. */
  static String mask(String phone) {
    if (phone == null || phone.length() < 7) {
      return "****";
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  /** {@code text} with numbers masked and, when given, the recipient's name hidden. */
  static String scrub(String text, Notification about) {
    if (text == null) {
      return "";
    }
    String s = ID_NUMBER.matcher(text).replaceAll("$1********$2");
    s = MOBILE.matcher(s).replaceAll("$1****$3");
    s = FIXED_LINE.matcher(s).replaceAll("$1****$2");
    if (about != null) {
      String name = about.recipient().name();
      if (name.length() > 0) {
        s = s.replace(name, name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1)));
      }
    }
    return s;
  }

  /** {@code text} cut to {@code max} characters, scrubbed. */
  static String snippet(String text, Notification about, int max) {
    String s = scrub(text, about).replaceAll("\\s+", " ").strip();
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
