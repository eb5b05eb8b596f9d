package org.db3311.sgc.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The verified bearer tokens: the exact text, never past the token's expiry, bounded. */
class VerifiedTokensTest {

  static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

  /** A clock the test moves. */
  static final class Hands extends Clock {
    Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  @DisplayName("a verified token is known by its exact text; one character changed is unknown")
  void exact_text() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(new Hands(), 10);
    tokens.put("aaa.bbb.ccc", "clerk", T0.plusSeconds(60));

    assertThat(tokens.get("aaa.bbb.ccc")).isEqualTo("clerk");
    assertThat(tokens.get("aaa.bbb.ccd")).isNull();
    assertThat(tokens.get("aaa.bbb.cc")).isNull();
    assertThat(tokens.get("Aaa.bbb.ccc")).isNull();
  }

  @Test
  @DisplayName("known until just before its expiry, unknown from the expiry on (and forgotten)")
  void never_past_expiry() {
    Hands clock = new Hands();
    VerifiedTokens<String> tokens = new VerifiedTokens<>(clock, 10);
    tokens.put("t", "clerk", T0.plusSeconds(60));

    clock.now = T0.plusSeconds(60).minusNanos(1);
    assertThat(tokens.get("t")).isEqualTo("clerk");
    clock.now = T0.plusSeconds(60);
    assertThat(tokens.get("t")).isNull();
    assertThat(tokens.size()).isZero();
    clock.now = T0;
    assertThat(tokens.get("t")).as("forgotten, even if the clock went back").isNull();
  }

  @Test
  @DisplayName("a token already expired (or expiring now) is not remembered")
  void expired_is_not_remembered() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(new Hands(), 10);
    tokens.put("past", "clerk", T0.minusSeconds(1));
    tokens.put("now", "clerk", T0);

    assertThat(tokens.get("past")).isNull();
    assertThat(tokens.get("now")).isNull();
    assertThat(tokens.size()).isZero();
  }

  @Test
  @DisplayName("full: expired entries go first, the live ones stay")
  void full_drops_expired_first() {
    Hands clock = new Hands();
    VerifiedTokens<String> tokens = new VerifiedTokens<>(clock, 3);
    tokens.put("short", "a", T0.plusSeconds(10));
    tokens.put("long1", "b", T0.plusSeconds(100));
    tokens.put("long2", "c", T0.plusSeconds(100));
    clock.now = T0.plus(Duration.ofSeconds(10));

    tokens.put("new", "d", T0.plusSeconds(100));

    assertThat(tokens.size()).isEqualTo(3);
    assertThat(tokens.get("long1")).isEqualTo("b");
    assertThat(tokens.get("long2")).isEqualTo("c");
    assertThat(tokens.get("new")).isEqualTo("d");
  }

  @Test
  @DisplayName("full of live tokens: all are forgotten (verified again), never more than the bound")
  void full_of_live_tokens_is_cleared() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(new Hands(), 2);
    tokens.put("a", "a", T0.plusSeconds(100));
    tokens.put("b", "b", T0.plusSeconds(100));

    tokens.put("c", "c", T0.plusSeconds(100));

    assertThat(tokens.size()).isEqualTo(1);
    assertThat(tokens.get("a")).isNull();
    assertThat(tokens.get("c")).isEqualTo("c");
  }

  @Test
  void capacity_must_be_positive() {
    assertThatThrownBy(() -> new VerifiedTokens<String>(new Hands(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
