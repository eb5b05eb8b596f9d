package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.calendar.CalendarHealth;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.server.wiring.Calendars;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The working-day calendar's coverage (ruling R10), as the readiness check {@code
 * working-calendar}. MicroProfile Health knows only UP and DOWN, and a DOWN readiness takes the
 * server out of service, which R10 forbids for a missing arrangement ("degraded, not down"): so a
 * degraded calendar answers UP with {@code calendar: DEGRADED} and the message in its data, and
 * only a year with no data at all (no working day computable today) answers DOWN.
 *
 * <p>The calendar is the shipped one, or the shipped one extended by the {@code YYYY.json} files of
 * the directory named by the configuration key {@value #DIRECTORY_KEY}; the center's zone is
 * {@value #ZONE_KEY} (default Asia/Shanghai).
 */
@Readiness
@ApplicationScoped
@Implements("R10")
public class CalendarCoverageCheck implements HealthCheck {

  static final String NAME = "working-calendar";
  static final String DIRECTORY_KEY = Calendars.DIRECTORY_KEY;
  static final String ZONE_KEY = "sgc.zone";

  private WorkingCalendar calendar;
  private Clock clock;

  /** For CDI: the configured calendar and the system clock in the center's zone. */
  public CalendarCoverageCheck() {}

  CalendarCoverageCheck(WorkingCalendar calendar, Clock clock) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public HealthCheckResponse call() {
    try {
      if (calendar == null) {
        var config = ConfigProvider.getConfig();
        calendar = Calendars.configured(config);
        clock =
            Clock.system(
                ZoneId.of(config.getOptionalValue(ZONE_KEY, String.class).orElse("Asia/Shanghai")));
      }
      CalendarHealth h = CalendarHealth.of(calendar, LocalDate.now(clock));
      return HealthCheckResponse.named(NAME)
          .status(h.level() != CalendarHealth.Level.DOWN)
          .withData("calendar", h.level().name())
          .withData("message", h.message())
          .withData("officialYears", span(h.officialYears()))
          .withData("provisionalYears", span(h.provisionalYears()))
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }

  /** Years as ranges, e.g. "2020–2026", "2027–2100". */
  static String span(Set<Integer> years) {
    StringBuilder out = new StringBuilder();
    Integer from = null;
    Integer prev = null;
    for (int y : new TreeSet<>(years)) {
      if (prev != null && y == prev + 1) {
        prev = y;
        continue;
      }
      append(out, from, prev);
      from = y;
      prev = y;
    }
    append(out, from, prev);
    return out.toString();
  }

  private static void append(StringBuilder out, Integer from, Integer to) {
    if (from == null) {
      return;
    }
    if (!out.isEmpty()) {
      out.append(", ");
    }
    out.append(from);
    if (!from.equals(to)) {
      out.append('–').append(to);
    }
  }
}
