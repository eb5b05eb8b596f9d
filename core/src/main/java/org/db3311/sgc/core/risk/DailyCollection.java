package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The day's collection (每日采集汇总, 6.4.1.1): every matter registered that day, and every matter whose
 * result came that day, with time, place, handling and result.
 *
 * @param interim true when it was taken before the day ended: a preview, never the day's record
 */
public record DailyCollection(
    LocalDate day,
    Instant collectedAt,
    List<CollectedItem> registered,
    List<CollectedItem> resolved,
    boolean interim) {

  /** A collection of a day that has ended. */
  public DailyCollection(
      LocalDate day,
      Instant collectedAt,
      List<CollectedItem> registered,
      List<CollectedItem> resolved) {
    this(day, collectedAt, registered, resolved, false);
  }

  /** This collection marked as taken before its day ended. */
  public DailyCollection asInterim() {
    return new DailyCollection(day, collectedAt, registered, resolved, true);
  }

  public DailyCollection {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(collectedAt, "collectedAt");
    registered = List.copyOf(registered);
    resolved = List.copyOf(resolved);
  }
}
