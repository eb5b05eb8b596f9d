package org.db3311.sgc.core.notice;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies a queued notice; also the idempotency key its sender hands to the gateway, so every
 * attempt at one notice carries the same key.
 */
public record NoticeId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  public NoticeId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a notice id is 1–64 letters, digits or '-', not '" + value + "'");
    }
  }

  /** A new random id (a UUID). */
  public static NoticeId random() {
    return new NoticeId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
