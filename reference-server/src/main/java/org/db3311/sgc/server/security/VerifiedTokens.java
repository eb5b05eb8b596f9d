package org.db3311.sgc.server.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature, issuer and lifetime were already verified, each with what its
 * verification gave (the authenticated subject), keyed by the token's exact text and kept only
 * until the token's {@code exp} (or an earlier deadline the caller names), never past it. A token
 * that differs from a verified one in any character is another key, so it is verified on its own.
 * Bounded: when full, expired entries are dropped first and, if it is still full, all of them (a
 * dropped token is simply verified again).
 *
 * @param <S> what a verification gives
 */
final class VerifiedTokens<S> {

  /** More distinct tokens than a county's staff hold at once during their tokens' lifetime. */
  static final int DEFAULT_CAPACITY = 10_000;

  private record Entry<S>(S subject, Instant until) {}

  private final Map<String, Entry<S>> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int capacity;

  VerifiedTokens(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.clock = clock;
    this.capacity = capacity;
  }

  /** What the verification of exactly this token gave, while it is still valid; else null. */
  S get(String token) {
    Entry<S> e = entries.get(token);
    if (e == null) {
      return null;
    }
    if (!clock.instant().isBefore(e.until())) {
      entries.remove(token, e);
      return null;
    }
    return e.subject();
  }

  /**
   * Remembers a verified token until {@code until} (its {@code exp}, or earlier), exclusive; a
   * deadline already reached remembers nothing.
   */
  void put(String token, S subject, Instant until) {
    Instant now = clock.instant();
    if (!now.isBefore(until)) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= capacity) {
        entries.clear();
      }
    }
    entries.put(token, new Entry<>(subject, until));
  }

  int size() {
    return entries.size();
  }
}
