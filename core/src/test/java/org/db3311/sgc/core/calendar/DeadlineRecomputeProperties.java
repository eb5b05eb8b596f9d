package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.constraints.DateRange;
import org.db3311.sgc.core.catalog.Implements;

/**
 * R10: whatever the official arrangement of 2027 turns out to be (extra days off, worked weekends),
 * a deadline announced on the provisional 2027 is recomputed never earlier than announced, and is
 * otherwise exactly the count on the official arrangement.
 */
@Implements("R10")
class DeadlineRecomputeProperties {

  private static final HolidayTableCalendar PROVISIONAL = new HolidayTableCalendar();

  @Property
  void a_recomputed_deadline_never_moves_earlier(
      @ForAll @DateRange(min = "2026-11-01", max = "2027-03-31") LocalDate start,
      @ForAll @IntRange(min = 1, max = 45) int n,
      @ForAll DayUnit unit,
      @ForAll @Size(max = 12) Set<@IntRange(min = 0, max = 180) Integer> changedDays) {
    int length = unit == DayUnit.MONTHS ? 1 + n % 3 : n;
    Deadline d =
        Deadline.startingOn(
            DeadlineRule.of("p", new TimeLimit(length, unit), "start", "property"), start);
    // the official arrangement flips some days of early 2027: a weekday off, a weekend worked
    Map<LocalDate, Boolean> off = new HashMap<>();
    for (int offset : changedDays) {
      LocalDate day = LocalDate.of(2027, 1, 1).plusDays(offset);
      off.put(day, PROVISIONAL.isWorkingDay(day));
    }
    HolidayTableCalendar official =
        PROVISIONAL.withOfficial(List.of(new HolidayTable(2027, off, List.of("notice"))));

    DueDate announced = d.due(PROVISIONAL);
    DeadlineRecompute.Result r = DeadlineRecompute.recompute(d, PROVISIONAL, official, start);

    assertThat(r.recomputed().date()).isAfterOrEqualTo(announced.date());
    LocalDate recount = d.dueDate(official);
    assertThat(r.recomputed().date())
        .isEqualTo(
            announced.provisional() && announced.date().isAfter(recount)
                ? announced.date()
                : recount);
    assertThat(r.recomputed().provisional()).isFalse();
    // the kept deadline gives the same answer from now on, without the old calendar
    assertThat(r.deadline().dueDate(official)).isEqualTo(r.recomputed().date());
  }
}
