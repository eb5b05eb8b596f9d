package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Outgoing port: which days are working days (工作日). Per ruling R9 the answer comes from data
 * (weekends, public holidays and adjusted working days per year), never from a guess: asking about
 * a year the data does not cover throws {@link CalendarDataMissingException}.
 */
@Implements("R9")
public interface WorkingCalendar {

  /**
   * @throws CalendarDataMissingException when the date's year is not covered
   */
  boolean isWorkingDay(LocalDate date);

  /** The years this calendar has data for. */
  Set<Integer> coveredYears();

  default boolean covers(int year) {
    return coveredYears().contains(year);
  }

  /** The date itself when it is a working day, else the first working day after it. */
  default LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The n-th working day after {@code start}; the start day itself is not counted.
   *
   * @param n at least 1
   */
  default LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("count at least one working day, not " + n);
    }
    LocalDate d = start;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** Working days after {@code from} up to and including {@code to} (0 when to ≤ from). */
  default int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /** The working days of a month, in order. */
  default List<LocalDate> workingDaysOf(YearMonth month) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }
}
