package org.db3311.sgc.core.risk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * When the reports of 6.4.1 are due and who is told when one is missed. The standard sets the
 * rhythm (每日, 每周, 每月) but no due dates; these defaults are this project's and configurable: the
 * day's collection by the end of the next day, the week's report signed off within 2 days of the
 * week's end, the month's within 5 days of the month's end.
 *
 * @param monitoredFrom the first day whose reports are watched (the center going live)
 * @param desk the unit that makes the reports and gets the notice
 * @param supervisor the unit that supervises it and gets a copy
 */
public record ReportSchedule(
    ZoneId zone,
    LocalDate monitoredFrom,
    int dailyGraceDays,
    int weeklyGraceDays,
    int monthlyGraceDays,
    UnitId desk,
    UnitId supervisor) {

  public ReportSchedule {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(monitoredFrom, "monitoredFrom");
    if (dailyGraceDays < 0 || weeklyGraceDays < 0 || monthlyGraceDays < 0) {
      throw new IllegalArgumentException("grace periods are not negative");
    }
    Objects.requireNonNull(desk, "desk");
    Objects.requireNonNull(supervisor, "supervisor");
  }

  public static ReportSchedule defaults(
      ZoneId zone, LocalDate monitoredFrom, UnitId desk, UnitId supervisor) {
    return new ReportSchedule(zone, monitoredFrom, 1, 2, 5, desk, supervisor);
  }
}
