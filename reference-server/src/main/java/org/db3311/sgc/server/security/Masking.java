package org.db3311.sgc.server.security;

/**
 * Masks personal data in responses: a resident ID number keeps its first six digits (the division
 * of issue) and its last four ({@code 331102********1234}); a phone number its first three and last
 * four ({@code 138****1234}).
 */
public final class Masking {
  private Masking() {}

  public static String idNumber(String id) {
    if (id == null || id.length() < 10) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  public static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "*".repeat(phone.length());
    }
    return phone.substring(0, 3)
        + "*".repeat(phone.length() - 7)
        + phone.substring(phone.length() - 4);
  }
}
