package org.db3311.sgc.core.eventhandling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Drafts a month's duty roster: one 24-hour shift per day for every day of the month, working day
 * or not, handed over at the same time each day, the leaders taking the days in turn. The turn is
 * counted from a fixed day, not from the month's first, so consecutive months (December into
 * January included) continue one rotation, and the hours before the first handover of the month go
 * to the leader whose shift began the evening before.
 */
@Implements("6.3.1.2")
public final class DutyRosterPlanner {

  public List<DutyShift> plan(YearMonth month, List<DutyLeader> leaders, LocalTime handover) {
    if (leaders.isEmpty()) {
      throw new IllegalArgumentException("a duty roster needs at least one county leader");
    }
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime until = month.plusMonths(1).atDay(1).atStartOfDay();
    List<DutyShift> shifts = new ArrayList<>();
    LocalDate first =
        handover.equals(LocalTime.MIDNIGHT) ? month.atDay(1) : month.atDay(1).minusDays(1);
    for (LocalDate d = first; d.isBefore(month.plusMonths(1).atDay(1)); d = d.plusDays(1)) {
      LocalDateTime start = max(d.atTime(handover), from);
      LocalDateTime end = min(d.plusDays(1).atTime(handover), until);
      if (end.isAfter(start)) {
        DutyLeader leader = leaders.get((int) Math.floorMod(d.toEpochDay(), leaders.size()));
        shifts.add(new DutyShift(start, end, leader));
      }
    }
    return shifts;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
