package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The day's collection (每日采集汇总, 6.4.1.1): every matter registered that day, and every matter whose
 * result came that day, with time, place, handling and result.
 */
public record DailyCollection(
    LocalDate day,
    Instant collectedAt,
    List<CollectedItem> registered,
    List<CollectedItem> resolved) {
  public DailyCollection {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(collectedAt, "collectedAt");
    registered = List.copyOf(registered);
    resolved = List.copyOf(resolved);
  }
}
