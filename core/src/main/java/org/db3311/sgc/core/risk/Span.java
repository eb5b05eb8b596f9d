package org.db3311.sgc.core.risk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;

/** The days a report covers, [firstDay, endDay), in the center's time zone. */
public record Span(String label, LocalDate firstDay, LocalDate endDay, ZoneId zone) {

  public Span {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a span has a label");
    }
    Objects.requireNonNull(zone, "zone");
    if (!firstDay.isBefore(endDay)) {
      throw new IllegalArgumentException("span " + label + " is empty");
    }
  }

  public static Span day(LocalDate day, ZoneId zone) {
    return new Span(day.toString(), day, day.plusDays(1), zone);
  }

  /** The ISO week (Monday to Sunday) holding the day, labelled e.g. 2025-W10. */
  public static Span isoWeek(LocalDate anyDay, ZoneId zone) {
    LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
    String label =
        String.format(
            "%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Span(label, monday, monday.plusWeeks(1), zone);
  }

  public static Span month(YearMonth month, ZoneId zone) {
    return new Span(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1), zone);
  }

  /** The span of the same length just before this one (the previous week, the previous month). */
  public Span previous() {
    if (firstDay.getDayOfMonth() == 1 && endDay.equals(firstDay.plusMonths(1))) {
      return month(YearMonth.from(firstDay).minusMonths(1), zone);
    }
    if (endDay.equals(firstDay.plusWeeks(1)) && firstDay.getDayOfWeek() == DayOfWeek.MONDAY) {
      return isoWeek(firstDay.minusWeeks(1), zone);
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, endDay);
    return new Span("before " + label, firstDay.minusDays(days), firstDay, zone);
  }

  public Instant start() {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  public Instant end() {
    return endDay.atStartOfDay(zone).toInstant();
  }

  public int days() {
    return (int) java.time.temporal.ChronoUnit.DAYS.between(firstDay, endDay);
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start()) && t.isBefore(end());
  }
}
