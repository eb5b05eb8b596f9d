package org.db3311.sgc.server.wiring;

import java.nio.file.Path;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.eclipse.microprofile.config.Config;

/**
 * The working-day calendar (R9, R10) the centers count deadlines with: the shipped holiday and 调休
 * tables, extended by the {@code YYYY.json} files of the directory named by {@value #DIRECTORY_KEY}
 * once the State Council publishes a new year. The readiness check reads the same key, so the
 * calendar it reports on is the one the centers use.
 */
public final class Calendars {
  /** The directory of further years' tables. */
  public static final String DIRECTORY_KEY = "sgc.calendar.directory";

  private Calendars() {}

  public static WorkingCalendar configured(Config config) {
    return config
        .getOptionalValue(DIRECTORY_KEY, String.class)
        .<WorkingCalendar>map(d -> new HolidayTableCalendar(Path.of(d)))
        .orElseGet(HolidayTableCalendar::new);
  }
}
