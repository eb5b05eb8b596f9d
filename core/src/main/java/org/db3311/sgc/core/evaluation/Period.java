package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An evaluation period [start, end) (考核周期), with a label for publication.
 *
 * @param label e.g. "2025-03" or "2025"
 */
public record Period(String label, Instant start, Instant end) {

  public Period {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a period has a label");
    }
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("period " + label + " ends before it starts");
    }
  }

  public static Period month(YearMonth month, ZoneId zone) {
    return new Period(
        month.toString(),
        month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
  }

  public static Period year(int year, ZoneId zone) {
    return new Period(
        Year.of(year).toString(),
        LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
        LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
  }

  /** Days {@code from} to {@code toInclusive}. */
  public static Period days(LocalDate from, LocalDate toInclusive, ZoneId zone) {
    return new Period(
        from + ".." + toInclusive,
        from.atStartOfDay(zone).toInstant(),
        toInclusive.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }
}
