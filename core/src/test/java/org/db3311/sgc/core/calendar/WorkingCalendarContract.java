package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkingCalendar} must do with the official 2025 and 2026 arrangements; extend
 * it once per adapter.
 */
@Implements("R9")
public abstract class WorkingCalendarContract {

  protected abstract WorkingCalendar newCalendar();

  @Test
  @DisplayName("R9: weekends are days off, weekdays are working days")
  void the_ordinary_week() {
    WorkingCalendar c = newCalendar();
    assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
  }

  @Test
  @DisplayName("R9: public holidays are days off and adjusted weekends (调休) are working days")
  void holidays_and_adjusted_working_days() {
    WorkingCalendar c = newCalendar();
    assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
  }

  @Test
  @DisplayName("R9: a date in a year without data is an error naming the year, not a guess")
  void a_year_without_data_is_an_error() {
    WorkingCalendar c = newCalendar();
    int missing = c.coveredYears().stream().max(Integer::compare).orElseThrow() + 1;
    assertThatThrownBy(() -> c.isWorkingDay(LocalDate.of(missing, 3, 2)))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageContaining("year " + missing);
  }

  @Test
  void working_days_are_counted_without_the_start_day() {
    WorkingCalendar c = newCalendar();
    assertThat(c.plusWorkingDays(LocalDate.of(2025, 9, 30), 1))
        .isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(c.plusWorkingDays(LocalDate.of(2025, 9, 30), 3))
        .isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(c.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11)))
        .isEqualTo(3);
    assertThat(c.workingDaysOf(YearMonth.of(2025, 10))).hasSize(18);
  }
}
