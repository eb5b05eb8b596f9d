package org.db3311.sgc.core.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, in the center's zone (Asia/Shanghai). */
public final class MutableClock extends Clock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  /** A clock at a local date and time in the center's zone. */
  public static MutableClock at(String localDateTime) {
    return new MutableClock(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  public void set(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock stays in " + ZONE);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
