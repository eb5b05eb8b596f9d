package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;

/** 6.2.1.2 for any month the calendar covers and any set of leaders. */
@Implements({"6.2.1.2", "R9"})
class RotaProperties {

  private static final WorkingCalendar CALENDAR = new HolidayTableCalendar();
  private static final OneLeaderPerWorkingDayRule RULE = new OneLeaderPerWorkingDayRule();

  @Property
  void a_planned_month_has_one_leader_on_each_working_day_and_plans_none_on_days_off(
      @ForAll("months") YearMonth month, @ForAll("leaders") List<CountyLeader> leaders) {
    Map<LocalDate, CountyLeader> rota = new RotaPlanner().plan(month, leaders, CALENDAR);
    assertThat(RULE.check(month, rota, CALENDAR)).isEmpty();
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      assertThat(rota.containsKey(d)).isEqualTo(CALENDAR.isWorkingDay(d));
    }
  }

  @Property
  void a_month_missing_any_working_day_is_refused(
      @ForAll("months") YearMonth month,
      @ForAll("leaders") List<CountyLeader> leaders,
      @ForAll int pick) {
    Map<LocalDate, CountyLeader> rota =
        new LinkedHashMap<>(new RotaPlanner().plan(month, leaders, CALENDAR));
    List<LocalDate> days = List.copyOf(rota.keySet());
    LocalDate dropped = days.get(Math.floorMod(pick, days.size()));
    rota.remove(dropped);
    assertThat(RULE.check(month, rota, CALENDAR))
        .singleElement()
        .asString()
        .contains(dropped.toString());
  }

  @Property
  void leaders_on_days_off_never_make_a_covering_rota_fail(
      @ForAll("months") YearMonth month,
      @ForAll("leaders") List<CountyLeader> leaders,
      @ForAll int pick) {
    Map<LocalDate, CountyLeader> rota =
        new LinkedHashMap<>(new RotaPlanner().plan(month, leaders, CALENDAR));
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (!CALENDAR.isWorkingDay(d)) {
        rota.put(d, leaders.get(Math.floorMod(pick, leaders.size())));
      }
    }
    assertThat(RULE.check(month, rota, CALENDAR)).isEmpty();
  }

  @Provide
  Arbitrary<YearMonth> months() {
    return Arbitraries.integers()
        .between(0, 7 * 12 - 1)
        .map(i -> YearMonth.of(2020, 1).plusMonths(i));
  }

  @Provide
  Arbitrary<List<CountyLeader>> leaders() {
    return Arbitraries.integers()
        .between(1, 8)
        .map(
            n ->
                java.util.stream.IntStream.range(0, n)
                    .mapToObj(i -> new CountyLeader("l" + i, "领导" + i, "副县长"))
                    .toList());
  }
}
