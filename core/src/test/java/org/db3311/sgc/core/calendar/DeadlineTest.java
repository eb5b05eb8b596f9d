package org.db3311.sgc.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"6.2.1.3", "R9"})
class DeadlineTest {

  private final WorkingCalendar calendar = new HolidayTableCalendar();
  private final Actor head = Actor.of("head-1", "主任");

  private Deadline deadline(TimeLimit limit, LocalDate start) {
    return Deadline.startingOn(DeadlineRule.of("handling", limit, "assigned", "test"), start);
  }

  @Test
  @DisplayName("working days skip the National Day holiday and count the adjusted Saturday")
  void working_days_over_a_holiday() {
    assertThat(deadline(TimeLimit.workingDays(5), LocalDate.of(2025, 9, 26)).dueDate(calendar))
        .isEqualTo(LocalDate.of(2025, 10, 10));
  }

  @Test
  @DisplayName("a period in days whose last day is a holiday ends on the next working day")
  void calendar_days_ending_on_a_holiday() {
    assertThat(deadline(TimeLimit.days(7), LocalDate.of(2025, 9, 24)).dueDate(calendar))
        .isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(deadline(TimeLimit.days(15), LocalDate.of(2026, 3, 2)).dueDate(calendar))
        .isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  @DisplayName("a month ends on the matching day, else on the last day of the month")
  void months() {
    assertThat(deadline(TimeLimit.months(1), LocalDate.of(2025, 1, 31)).dueDate(calendar))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(deadline(TimeLimit.months(1), LocalDate.of(2026, 1, 31)).dueDate(calendar))
        .as("28 Feb 2026 is a Saturday worked in lieu")
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  @DisplayName("days spent waiting on the applicant do not count")
  void a_pause_moves_the_deadline() {
    Deadline d =
        deadline(TimeLimit.workingDays(5), LocalDate.of(2026, 3, 2))
            .pausedFrom(LocalDate.of(2026, 3, 4), "waiting on the applicant", Instant.EPOCH)
            .resumedOn(LocalDate.of(2026, 3, 6), Instant.EPOCH);
    assertThat(d.dueDate(calendar)).isEqualTo(LocalDate.of(2026, 3, 11));
  }

  @Test
  void an_open_pause_keeps_moving_the_deadline_day_by_day() {
    Deadline d =
        deadline(TimeLimit.workingDays(5), LocalDate.of(2026, 3, 2))
            .pausedFrom(LocalDate.of(2026, 3, 4), "waiting on the applicant", Instant.EPOCH);
    assertThat(d.dueDate(calendar, LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(d.dueDate(calendar, LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThatThrownBy(() -> d.dueDate(calendar)).hasMessageContaining("paused");
  }

  @Test
  @DisplayName("an approved extension is recorded with its approver and bounded by its cap")
  void extensions() {
    DeadlineRule rule =
        DeadlineRule.of("conclusion", TimeLimit.days(60), "accepted", "信访工作条例")
            .extendableBy(TimeLimit.days(30));
    Deadline d = Deadline.startingOn(rule, LocalDate.of(2026, 3, 2));
    Deadline extended =
        d.extendedBy(new Extension(TimeLimit.days(30), head, "complex case", Instant.EPOCH));
    assertThat(extended.dueDate(calendar)).isAfter(d.dueDate(calendar));
    assertThat(extended.extensions().getFirst().approver()).isEqualTo(head);
    assertThatThrownBy(
            () ->
                extended.extendedBy(new Extension(TimeLimit.days(1), head, "more", Instant.EPOCH)))
        .hasMessageContaining("at most 30 days");
    assertThatThrownBy(
            () ->
                deadline(TimeLimit.days(5), LocalDate.of(2026, 3, 2))
                    .extendedBy(new Extension(TimeLimit.days(1), head, "x", Instant.EPOCH)))
        .hasMessageContaining("cannot be extended");
  }

  @Test
  @DisplayName(
      "as recorded at an instant: later pauses and extensions dropped, a later resumption undone")
  void as_recorded_at() {
    DeadlineRule rule =
        DeadlineRule.of("handling", TimeLimit.workingDays(5), "assigned", "product default")
            .extendableBy(TimeLimit.workingDays(5));
    Instant t1 = Instant.parse("2026-03-04T02:00:00Z");
    Instant t2 = Instant.parse("2026-03-06T02:00:00Z");
    Instant t3 = Instant.parse("2026-03-09T02:00:00Z");
    Deadline d =
        Deadline.startingOn(rule, LocalDate.of(2026, 3, 2))
            .pausedFrom(LocalDate.of(2026, 3, 4), "waiting on the applicant", t1)
            .resumedOn(LocalDate.of(2026, 3, 6), t2)
            .extendedBy(new Extension(TimeLimit.workingDays(2), head, "complex", t3));
    assertThat(d.asRecordedAt(t3)).isEqualTo(d);
    Deadline beforeExtension = d.asRecordedAt(t3.minusSeconds(1));
    assertThat(beforeExtension.extensions()).isEmpty();
    assertThat(beforeExtension.isPaused()).isFalse();
    Deadline whilePaused = d.asRecordedAt(t2.minusSeconds(1));
    assertThat(whilePaused.isPaused()).as("its end was recorded later").isTrue();
    assertThat(whilePaused.pauses().getFirst().resumedAt()).isEmpty();
    Deadline beforePause = d.asRecordedAt(t1.minusSeconds(1));
    assertThat(beforePause.pauses()).isEmpty();
    assertThat(beforePause.dueDate(calendar)).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void a_pause_records_when_it_began_and_ended() {
    Instant t = Instant.parse("2026-03-04T02:00:00Z");
    assertThatThrownBy(
            () ->
                new Pause(
                    LocalDate.of(2026, 3, 4),
                    java.util.Optional.of(LocalDate.of(2026, 3, 6)),
                    "x",
                    t,
                    java.util.Optional.empty()))
        .hasMessageContaining("both");
    assertThatThrownBy(
            () ->
                Pause.open(LocalDate.of(2026, 3, 4), "x", t)
                    .endedOn(LocalDate.of(2026, 3, 4), t.minusSeconds(1)))
        .hasMessageContaining("before");
  }

  @Test
  void a_deadline_reaching_a_year_without_any_data_fails_naming_the_year() {
    assertThatThrownBy(
            () -> deadline(TimeLimit.months(2), LocalDate.of(2100, 12, 1)).dueDate(calendar))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageContaining("2101");
  }

  @Test
  @Implements("R10")
  @DisplayName(
      "R10: a deadline reaching into a provisional year is computed and says it is provisional")
  void a_deadline_reaching_a_provisional_year_is_provisional() {
    DueDate due = deadline(TimeLimit.months(2), LocalDate.of(2026, 12, 1)).due(calendar);
    // 2027-02-01 is a Monday, a working day of the provisional 2027
    assertThat(due).isEqualTo(DueDate.provisional(LocalDate.of(2027, 2, 1)));
    assertThat(due.display()).isEqualTo("2027-02-01（暂定）");
    assertThat(deadline(TimeLimit.workingDays(5), LocalDate.of(2026, 12, 1)).due(calendar))
        .isEqualTo(DueDate.official(LocalDate.of(2026, 12, 8)));
  }

  @Test
  @Implements("R10")
  @DisplayName(
      "R10: loaded official arrangement: later when it adds days off, the announced day when it removes them")
  void recomputed_on_the_official_arrangement_never_earlier() {
    HolidayTableCalendar provisional = new HolidayTableCalendar();
    Deadline d = deadline(TimeLimit.workingDays(5), LocalDate.of(2026, 12, 29));
    // provisional: 12-30, 12-31, (1-1 off, weekend) 1-4, 1-5, 1-6
    assertThat(d.due(provisional)).isEqualTo(DueDate.provisional(LocalDate.of(2027, 1, 6)));
    // an arrangement giving 4 January off moves it later
    HolidayTableCalendar offFourth =
        provisional.withOfficial(
            List.of(
                new HolidayTable(
                    2027,
                    Map.of(LocalDate.of(2027, 1, 1), true, LocalDate.of(2027, 1, 4), true),
                    List.of())));
    DeadlineRecompute.Result later =
        DeadlineRecompute.recompute(d, provisional, offFourth, LocalDate.of(2026, 12, 29));
    assertThat(later.recomputed()).isEqualTo(DueDate.official(LocalDate.of(2027, 1, 7)));
    // one making Saturday 2 January a working day would end it earlier: the announced day stands
    HolidayTableCalendar workSaturday =
        provisional.withOfficial(
            List.of(
                new HolidayTable(
                    2027,
                    Map.of(LocalDate.of(2027, 1, 1), true, LocalDate.of(2027, 1, 2), false),
                    List.of())));
    DeadlineRecompute.Result kept =
        DeadlineRecompute.recompute(d, provisional, workSaturday, LocalDate.of(2026, 12, 29));
    assertThat(d.due(workSaturday).date()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(kept.recomputed()).isEqualTo(DueDate.official(LocalDate.of(2027, 1, 6)));
    assertThat(kept.deadline().due(workSaturday)).isEqualTo(kept.recomputed());
  }
}
