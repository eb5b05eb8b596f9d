package org.db3311.sgc.adapter.gateway;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Idempotency-Key} of each exchange, derived from the domain reference of what is sent,
 * so every attempt and every later resend of the same thing carries the same key and the other body
 * applies it once. The header value is a Structured Field string (RFC 8941), as the IETF
 * idempotency-key draft defines it: {@code Idempotency-Key:
 * "event-result:331121-20261125-0001/R1"}.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  /** The quoted header value; characters outside printable ASCII are percent-encoded (UTF-8). */
  static String headerValue(String key) {
    StringBuilder b = new StringBuilder(key.length() + 2).append('"');
    for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c == '"' || c == '\\') {
        b.append('\\').append((char) c);
      } else if (c >= 0x20 && c < 0x7f && c != '%') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.append('"').toString();
  }
}
