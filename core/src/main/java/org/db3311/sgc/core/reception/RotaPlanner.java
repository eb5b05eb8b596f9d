package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;

/** Drafts a month's rota by giving the working days to the leaders in turn. */
@Implements("6.2.1.2")
final class RotaPlanner {

  public Map<LocalDate, CountyLeader> plan(
      YearMonth month, List<CountyLeader> leaders, WorkingCalendar calendar) {
    if (leaders.isEmpty()) {
      throw new IllegalArgumentException("a rota needs at least one county leader");
    }
    Map<LocalDate, CountyLeader> days = new LinkedHashMap<>();
    int i = 0;
    for (LocalDate d : calendar.workingDaysOf(month)) {
      days.put(d, leaders.get(i++ % leaders.size()));
    }
    return days;
  }
}
