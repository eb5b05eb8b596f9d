package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Outgoing port: which days are working days (工作日). Per ruling R9 the answer comes from data
 * (weekends, public holidays and adjusted working days per year), never from a guess. Per ruling
 * R10 a year whose official arrangement is not held may be answered from a provisional year ({@link
 * #provisionalYears()}); asking about a year with neither throws {@link
 * CalendarDataMissingException}.
 */
@Implements({"R9", "R10"})
public interface WorkingCalendar {

  /**
   * @throws CalendarDataMissingException when the date's year is not covered
   */
  boolean isWorkingDay(LocalDate date);

  /** The years this calendar can answer for: official and provisional. */
  Set<Integer> coveredYears();

  default boolean covers(int year) {
    return coveredYears().contains(year);
  }

  /**
   * The covered years answered from a provisional year (ruling R10) because their official
   * arrangement is not held; none by default.
   */
  default Set<Integer> provisionalYears() {
    return Set.of();
  }

  /** The years whose official arrangement this calendar holds. */
  default Set<Integer> officialYears() {
    Set<Integer> out = new TreeSet<>(coveredYears());
    out.removeAll(provisionalYears());
    return out;
  }

  /** Whether the answer for this date comes from a provisional year (ruling R10). */
  default boolean isProvisional(LocalDate date) {
    return provisionalYears().contains(date.getYear());
  }

  /**
   * Whether any day from {@code from} to {@code to} (both included) lies in a provisional year: a
   * date counted over such a span is provisional (ruling R10).
   */
  default boolean anyProvisional(LocalDate from, LocalDate to) {
    Set<Integer> provisional = provisionalYears();
    if (provisional.isEmpty()) {
      return false;
    }
    for (int y = Math.min(from.getYear(), to.getYear());
        y <= Math.max(from.getYear(), to.getYear());
        y++) {
      if (provisional.contains(y)) {
        return true;
      }
    }
    return false;
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
