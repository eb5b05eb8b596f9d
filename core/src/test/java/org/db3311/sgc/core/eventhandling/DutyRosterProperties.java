package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;

/** 6.3.1.2 for any month (years past the holiday data included), leaders and handover hour. */
@Implements("6.3.1.2")
class DutyRosterProperties {

  private static final EveryHourCoveredRule RULE = new EveryHourCoveredRule();

  @Property
  void a_planned_month_covers_every_hour_exactly_once(
      @ForAll("months") YearMonth month,
      @ForAll("leaders") List<DutyLeader> leaders,
      @ForAll @IntRange(min = 0, max = 23) int handover) {
    List<DutyShift> shifts =
        new DutyRosterPlanner().plan(month, leaders, LocalTime.of(handover, 0));
    assertThat(RULE.check(month, shifts)).isEmpty();
    assertThat(
            shifts.stream()
                .mapToLong(s -> java.time.Duration.between(s.start(), s.end()).toHours())
                .sum())
        .isEqualTo(24L * month.lengthOfMonth());
  }

  @Property
  void an_hour_cut_out_of_any_shift_is_named(
      @ForAll("months") YearMonth month,
      @ForAll("leaders") List<DutyLeader> leaders,
      @ForAll @IntRange(min = 0, max = 30 * 24) int pick) {
    List<DutyShift> shifts =
        new ArrayList<>(new DutyRosterPlanner().plan(month, leaders, LocalTime.of(8, 0)));
    LocalDateTime hour =
        month.atDay(1).atStartOfDay().plusHours(pick % (24L * month.lengthOfMonth()));
    DutyShift holder = shifts.stream().filter(s -> s.covers(hour)).findFirst().orElseThrow();
    shifts.remove(holder);
    if (holder.start().isBefore(hour)) {
      shifts.add(new DutyShift(holder.start(), hour, holder.leader()));
    }
    if (holder.end().isAfter(hour.plusHours(1))) {
      shifts.add(new DutyShift(hour.plusHours(1), holder.end(), holder.leader()));
    }
    assertThat(RULE.check(month, shifts))
        .containsExactly(hour + "–" + hour.plusHours(1) + " has no duty leader");
  }

  @Provide
  Arbitrary<YearMonth> months() {
    return Arbitraries.integers()
        .between(0, 12 * 12 - 1)
        .map(i -> YearMonth.of(2020, 1).plusMonths(i));
  }

  @Provide
  Arbitrary<List<DutyLeader>> leaders() {
    return Arbitraries.integers()
        .between(1, 7)
        .map(n -> IntStream.range(0, n).mapToObj(i -> new DutyLeader("d" + i, "县领导" + i)).toList());
  }
}
