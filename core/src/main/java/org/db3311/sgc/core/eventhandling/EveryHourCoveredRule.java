package org.db3311.sgc.core.eventhandling;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 6.3.1.2: a cross-boundary event is reported to the county leader on duty (报值班县级领导), and such an
 * event can arise at any hour; so a roster satisfies the rule when every hour of every day of its
 * month (working day or not) is covered by exactly one shift. Each finding names the uncovered or
 * doubly covered hours as one local-time range.
 */
@Implements("6.3.1.2")
public final class EveryHourCoveredRule {

  /** The problems of the shifts for the month; empty when every hour has exactly one leader. */
  public List<String> check(YearMonth month, List<DutyShift> shifts) {
    List<String> findings = new ArrayList<>();
    LocalDateTime end = month.plusMonths(1).atDay(1).atStartOfDay();
    LocalDateTime gapStart = null;
    LocalDateTime doubleStart = null;
    for (LocalDateTime h = month.atDay(1).atStartOfDay(); h.isBefore(end); h = h.plusHours(1)) {
      LocalDateTime hour = h;
      long covering = shifts.stream().filter(s -> coversWholeHour(s, hour)).count();
      if (covering == 0 && gapStart == null) {
        gapStart = h;
      } else if (covering > 0 && gapStart != null) {
        findings.add(range(gapStart, h) + " has no duty leader");
        gapStart = null;
      }
      if (covering > 1 && doubleStart == null) {
        doubleStart = h;
      } else if (covering <= 1 && doubleStart != null) {
        findings.add(range(doubleStart, h) + " has more than one duty leader");
        doubleStart = null;
      }
    }
    if (gapStart != null) {
      findings.add(range(gapStart, end) + " has no duty leader");
    }
    if (doubleStart != null) {
      findings.add(range(doubleStart, end) + " has more than one duty leader");
    }
    for (DutyShift s : shifts) {
      if (YearMonth.from(s.start()).compareTo(month) < 0 || s.end().isAfter(end)) {
        findings.add("shift " + range(s.start(), s.end()) + " is outside " + month);
      }
    }
    return findings;
  }

  /** A shift of whole hours covers the hour; a shift ending or starting mid-hour leaves it open. */
  private static boolean coversWholeHour(DutyShift s, LocalDateTime hour) {
    return !s.start().isAfter(hour) && !s.end().isBefore(hour.plusHours(1));
  }

  private static String range(LocalDateTime from, LocalDateTime to) {
    return from + "–" + to;
  }
}
