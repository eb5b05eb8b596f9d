package org.db3311.sgc.core.eventhandling;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 6.3.1.2: a cross-boundary event is reported to the county leader on duty (报值班县级领导), and such an
 * event can arise at any hour; so a roster satisfies the rule when every hour of every day of its
 * month (working day or not) is covered by exactly one shift. Each finding names an uncovered or
 * doubly covered stretch in local time.
 */
@Implements("6.3.1.2")
final class EveryHourCoveredRule {

  /** The problems of the shifts for the month; empty when every moment has exactly one leader. */
  public List<String> check(YearMonth month, List<DutyShift> shifts) {
    List<String> findings = new ArrayList<>();
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime until = month.plusMonths(1).atDay(1).atStartOfDay();
    List<DutyShift> sorted =
        shifts.stream().sorted(Comparator.comparing(DutyShift::start)).toList();
    LocalDateTime coveredUntil = from;
    for (DutyShift s : sorted) {
      if (s.start().isBefore(from) || s.end().isAfter(until)) {
        findings.add("shift " + range(s.start(), s.end()) + " is outside " + month);
      }
      LocalDateTime start = later(s.start(), from);
      LocalDateTime end = earlier(s.end(), until);
      if (!end.isAfter(start)) {
        continue;
      }
      if (start.isAfter(coveredUntil)) {
        findings.add(range(coveredUntil, start) + " has no duty leader");
      } else if (start.isBefore(coveredUntil)) {
        findings.add(range(start, earlier(end, coveredUntil)) + " has more than one duty leader");
      }
      coveredUntil = later(coveredUntil, end);
    }
    if (coveredUntil.isBefore(until)) {
      findings.add(range(coveredUntil, until) + " has no duty leader");
    }
    return findings;
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static String range(LocalDateTime from, LocalDateTime to) {
    return from + "–" + to;
  }
}
