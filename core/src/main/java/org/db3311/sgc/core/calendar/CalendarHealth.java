package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;

/**
 * How well the working-day calendar covers today and the coming year (ruling R10): {@link
 * Level#DEGRADED} from 1 November when next year's official arrangement is not loaded, and whenever
 * this year is only provisional; {@link Level#DOWN} only when this year has no data at all, so that
 * no working day can be computed today.
 *
 * @param level the overall state
 * @param messages one sentence per problem, empty when up
 * @param officialYears the years whose official arrangement is loaded
 * @param provisionalYears the years answered from a provisional year
 */
@Implements("R10")
public record CalendarHealth(
    Level level, List<String> messages, Set<Integer> officialYears, Set<Integer> provisionalYears) {

  /** The state of the calendar, for a health check. */
  public enum Level {
    /** This year and, from 1 November, next year are official. */
    UP,
    /** Working days are computed, but some on a provisional year: deadlines say so. */
    DEGRADED,
    /** This year has no data at all. */
    DOWN
  }

  public CalendarHealth {
    Objects.requireNonNull(level, "level");
    messages = List.copyOf(messages);
    officialYears = Set.copyOf(officialYears);
    provisionalYears = Set.copyOf(provisionalYears);
  }

  /** The calendar's state on a day (the deployment's today, in the center's zone). */
  public static CalendarHealth of(WorkingCalendar calendar, LocalDate today) {
    int year = today.getYear();
    Set<Integer> official = new TreeSet<>(calendar.officialYears());
    Set<Integer> provisional = new TreeSet<>(calendar.provisionalYears());
    List<String> messages = new ArrayList<>();
    Level level = Level.UP;
    if (!calendar.covers(year)) {
      messages.add(
          "the working-day calendar has no data for "
              + year
              + ": no deadline can be computed; load "
              + HolidayTable.fileName(year));
      return new CalendarHealth(Level.DOWN, messages, official, provisional);
    }
    if (!official.contains(year)) {
      level = Level.DEGRADED;
      messages.add(
          "the official holiday arrangement of "
              + year
              + " is not loaded: working days of "
              + year
              + " are provisional (weekends and statutory holidays only); load "
              + HolidayTable.fileName(year));
    }
    if (today.getMonthValue() >= Month.NOVEMBER.getValue() && !official.contains(year + 1)) {
      level = Level.DEGRADED;
      messages.add(
          "the official holiday arrangement of "
              + (year + 1)
              + " is not loaded: deadlines reaching into "
              + (year + 1)
              + " are provisional"
              + (calendar.covers(year + 1) ? "" : " and cannot be computed")
              + "; load "
              + HolidayTable.fileName(year + 1)
              + " once the State Council publishes it");
    }
    return new CalendarHealth(level, messages, official, provisional);
  }

  /** The messages as one line, or "ok". */
  public String message() {
    return messages.isEmpty() ? "ok" : String.join("; ", messages);
  }
}
