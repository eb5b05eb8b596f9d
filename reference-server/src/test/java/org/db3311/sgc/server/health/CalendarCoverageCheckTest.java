package org.db3311.sgc.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTable;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("R10")
class CalendarCoverageCheckTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static Clock at(String localDateTime) {
    return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE);
  }

  @Test
  @DisplayName(
      "R10: from 1 November without next year's arrangement: degraded in the data, UP for readiness")
  void degraded_is_up_with_data() {
    HealthCheckResponse r =
        new CalendarCoverageCheck(new HolidayTableCalendar(), at("2026-12-03T09:00")).call();
    assertThat(r.getName()).isEqualTo("working-calendar");
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    Map<String, Object> data = r.getData().orElseThrow();
    assertThat(data.get("calendar")).isEqualTo("DEGRADED");
    assertThat((String) data.get("message")).contains("2027");
    assertThat(data.get("officialYears")).isEqualTo("2020–2026");
    assertThat(data.get("provisionalYears")).isEqualTo("2000–2019, 2027–2100");
  }

  @Test
  @DisplayName("R10: with the 2027 arrangement loaded the calendar is up")
  void up_once_loaded() {
    HolidayTableCalendar loaded =
        new HolidayTableCalendar()
            .withOfficial(List.of(new HolidayTable(2027, Map.of(), List.of("notice"))));
    HealthCheckResponse r = new CalendarCoverageCheck(loaded, at("2026-12-03T09:00")).call();
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(r.getData().orElseThrow().get("calendar")).isEqualTo("UP");
  }

  @Test
  void down_only_when_today_has_no_data() {
    HealthCheckResponse r =
        new CalendarCoverageCheck(new HolidayTableCalendar(), at("2101-01-05T09:00")).call();
    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(CalendarCoverageCheck.span(Set.of(2020, 2021, 2023))).isEqualTo("2020–2021, 2023");
  }
}
