package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.db3311.sgc.core.catalog.Implements;

@Implements({"6.2.1.3", "R9"})
class DeadlineProperties {

  private static final WorkingCalendar CALENDAR = new HolidayTableCalendar();

  private static LocalDate due(LocalDate start, int n, DayUnit unit) {
    return Deadline.startingOn(
            DeadlineRule.of("p", new TimeLimit(n, unit), "start", "property"), start)
        .dueDate(CALENDAR);
  }

  @Property
  void a_deadline_never_falls_on_a_day_off(
      @ForAll @DateRange(min = "2020-01-01", max = "2026-06-30") LocalDate start,
      @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll DayUnit unit) {
    int length = unit == DayUnit.MONTHS ? 1 + n % 4 : n;
    LocalDate due = due(start, length, unit);
    assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    assertThat(due).isAfter(start);
  }

  @Property
  void a_longer_period_never_ends_earlier(
      @ForAll @DateRange(min = "2020-01-01", max = "2026-06-30") LocalDate start,
      @ForAll @IntRange(min = 1, max = 59) int n,
      @ForAll DayUnit unit) {
    int length = unit == DayUnit.MONTHS ? 1 + n % 4 : n;
    LocalDate shorter = due(start, length, unit);
    LocalDate longer = due(start, length + 1, unit);
    assertThat(longer).isAfterOrEqualTo(shorter);
    if (unit == DayUnit.WORKING_DAYS) {
      assertThat(longer).isAfter(shorter);
    }
  }

  @Property
  void n_working_days_are_exactly_n_working_days_away(
      @ForAll @DateRange(min = "2020-01-01", max = "2026-06-30") LocalDate start,
      @ForAll @IntRange(min = 1, max = 60) int n) {
    assertThat(CALENDAR.workingDaysBetween(start, due(start, n, DayUnit.WORKING_DAYS)))
        .isEqualTo(n);
  }
}
