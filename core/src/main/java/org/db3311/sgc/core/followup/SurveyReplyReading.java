package org.db3311.sgc.core.followup;

import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 6.2.1.4.2 (可, a product choice) — how a reply to the text survey is read. The survey asks
 * "回复1满意，2基本满意，3不满意"; a reply is read as the answer it starts with: the digit 1, 2 or 3 (half- or
 * full-width) not followed by another digit, or the words 满意, 基本满意, 不满意 (非常满意 and 很满意 are 满意).
 * Anything else names no answer: it is not guessed at.
 */
@Implements("6.2.1.4.2")
final class SurveyReplyReading {

  private SurveyReplyReading() {}

  /** The answer {@code reply} gives, if it gives one. */
  public static Optional<Satisfaction> read(String reply) {
    if (reply == null) {
      return Optional.empty();
    }
    String t = reply.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    int digit = digit(t.charAt(0));
    if (digit >= 0) {
      if (t.length() > 1 && digit(t.charAt(1)) >= 0) {
        return Optional.empty();
      }
      return switch (digit) {
        case 1 -> Optional.of(Satisfaction.SATISFIED);
        case 2 -> Optional.of(Satisfaction.BASICALLY_SATISFIED);
        case 3 -> Optional.of(Satisfaction.DISSATISFIED);
        default -> Optional.empty();
      };
    }
    if (t.startsWith("不满意") || t.startsWith("很不满意") || t.startsWith("非常不满意")) {
      return Optional.of(Satisfaction.DISSATISFIED);
    }
    if (t.startsWith("基本满意")) {
      return Optional.of(Satisfaction.BASICALLY_SATISFIED);
    }
    if (t.startsWith("满意") || t.startsWith("很满意") || t.startsWith("非常满意")) {
      return Optional.of(Satisfaction.SATISFIED);
    }
    return Optional.empty();
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }
}
