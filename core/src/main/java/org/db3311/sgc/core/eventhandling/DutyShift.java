package org.db3311.sgc.core.eventhandling;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stretch of duty (值班) held by one county leader, in the center's local time: from {@code start}
 * up to, not including, {@code end}.
 */
public record DutyShift(LocalDateTime start, LocalDateTime end, DutyLeader leader) {

  public DutyShift {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(leader, "leader");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a shift ends after it starts: " + start + "–" + end);
    }
  }

  public boolean covers(LocalDateTime t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  public boolean overlaps(DutyShift other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
