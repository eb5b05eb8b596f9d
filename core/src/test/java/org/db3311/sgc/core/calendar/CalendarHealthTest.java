package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.CalendarHealth.Level;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("R10")
class CalendarHealthTest {

  private final HolidayTableCalendar shipped = new HolidayTableCalendar();
  private final HolidayTableCalendar with2027 =
      shipped.withOfficial(
          List.of(new HolidayTable(2027, Map.of(LocalDate.of(2027, 1, 1), true), List.of("n"))));

  @Test
  @DisplayName("R10: before 1 November a missing next year is no problem")
  void up_before_november() {
    CalendarHealth h = CalendarHealth.of(shipped, LocalDate.of(2026, 10, 31));
    assertThat(h.level()).isEqualTo(Level.UP);
    assertThat(h.messages()).isEmpty();
  }

  @Test
  @DisplayName(
      "R10: from 1 November a deployment lacking next year's arrangement is degraded, not down")
  void degraded_from_november() {
    CalendarHealth h = CalendarHealth.of(shipped, LocalDate.of(2026, 11, 1));
    assertThat(h.level()).isEqualTo(Level.DEGRADED);
    assertThat(h.message()).contains("2027").contains("provisional").contains("2027.json");
    assertThat(CalendarHealth.of(shipped, LocalDate.of(2026, 12, 3)).level())
        .isEqualTo(Level.DEGRADED);
  }

  @Test
  @DisplayName("R10: loading next year's arrangement brings it back up")
  void up_once_loaded() {
    assertThat(CalendarHealth.of(with2027, LocalDate.of(2026, 12, 3)).level()).isEqualTo(Level.UP);
  }

  @Test
  @DisplayName("R10: a year running on its provisional calendar is degraded all year")
  void degraded_in_a_provisional_year() {
    CalendarHealth h = CalendarHealth.of(shipped, LocalDate.of(2027, 3, 1));
    assertThat(h.level()).isEqualTo(Level.DEGRADED);
    assertThat(h.provisionalYears()).contains(2027);
    assertThat(h.message()).contains("working days of 2027 are provisional");
  }

  @Test
  void down_only_when_today_has_no_data() {
    assertThat(CalendarHealth.of(shipped, LocalDate.of(2101, 1, 5)).level()).isEqualTo(Level.DOWN);
    HolidayTableCalendar officialOnly =
        new HolidayTableCalendar(HolidayTableCalendar.shippedTables());
    assertThat(CalendarHealth.of(officialOnly, LocalDate.of(2026, 12, 3)).message())
        .contains("cannot be computed");
  }
}
