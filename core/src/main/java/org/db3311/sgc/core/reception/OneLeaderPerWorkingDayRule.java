package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 6.2.1.2: every working day one county-level leader receives visitors (每个工作日应安排一名县级领导接访). A rota
 * satisfies it when each working day of the month has its leader (the calendar of ruling R9 decides
 * which days are working days). The clause asks nothing of days off, so a leader who also receives
 * on a weekend or holiday is allowed. One leader per day is structural: a rota holds at most one
 * leader for a date.
 */
@Implements({"6.2.1.2", "R9"})
final class OneLeaderPerWorkingDayRule {

  /** The problems of a rota; empty when it satisfies the rule. */
  public List<String> check(
      YearMonth month, Map<LocalDate, CountyLeader> days, WorkingCalendar calendar) {
    List<String> findings = new ArrayList<>();
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d) && !days.containsKey(d)) {
        findings.add(d + " is a working day without a receiving leader");
      }
    }
    for (LocalDate d : days.keySet()) {
      if (!YearMonth.from(d).equals(month)) {
        findings.add(d + " is outside " + month);
      }
    }
    return findings;
  }
}
