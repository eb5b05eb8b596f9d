package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.supervision.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The onward referral's clocks on both sides of each boundary: the day a clock is due is still in
 * time, the day after is not; a petitioner's window is open through its last day.
 */
@DisplayName("6.2.1.3 限期调处，限期反馈办理结果 — onward clocks at their edges")
class OnwardEdgesTest {

  static final WorkingCalendar CALENDAR = OnwardFixtures.CALENDAR;
  static final Actor CLERK = OnwardFixtures.CLERK;
  static final Instant T = Instant.parse("2026-11-25T02:00:00Z");
  static final LocalDate REFERRED = LocalDate.of(2026, 11, 25);

  /** A referral on the road with its default clocks, made on {@link #REFERRED}. */
  static OnwardReferral referral(Road road) {
    return referral(road, OnwardClocks.defaults().rulesFor(road));
  }

  /** A referral on the road timed by the given rules, made on {@link #REFERRED}. */
  static OnwardReferral referral(Road road, Map<OnwardStep, DeadlineRule> rules) {
    RegistrationNumber n = RegistrationNumber.parse("331121-20261125-0001");
    return OnwardReferral.refer(
        new OnwardReferralId(n, 1),
        new MediationCaseId(n, 1),
        "dispute.labour",
        road,
        UnitId.of("receiving-body"),
        "受理机关",
        "当事人选择",
        rules,
        Optional.empty(),
        REFERRED,
        CLERK,
        T);
  }

  static RoadClock clock(LocalDate start, Optional<LocalDate> stopped) {
    return new RoadClock(
        OnwardStep.ACCEPTANCE,
        Deadline.startingOn(
            DeadlineRule.of("acceptance", TimeLimit.days(5), "received", "test"), start),
        stopped);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a running clock is overdue only from the day after its due day")
  void running_clock_is_overdue_from_the_day_after() {
    RoadClock c = clock(REFERRED, Optional.empty());
    LocalDate due = c.dueDate(CALENDAR);

    assertThat(c.isRunning()).isTrue();
    assertThat(c.status(CALENDAR, due)).isEqualTo(RoadClock.Status.RUNNING);
    assertThat(c.status(CALENDAR, due.plusDays(1))).isEqualTo(RoadClock.Status.OVERDUE);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("a step done on its due day is in time, the day after late; a stopped clock stops")
  void stopped_clock_is_late_only_after_its_due_day() {
    LocalDate due = clock(REFERRED, Optional.empty()).dueDate(CALENDAR);
    RoadClock onTime = clock(REFERRED, Optional.of(due));
    RoadClock late = clock(REFERRED, Optional.of(due.plusDays(1)));

    assertThat(onTime.isRunning()).isFalse();
    assertThat(onTime.status(CALENDAR, due.plusDays(30))).isEqualTo(RoadClock.Status.DONE_IN_TIME);
    assertThat(late.status(CALENDAR, due.plusDays(30))).isEqualTo(RoadClock.Status.DONE_LATE);
    assertThat(clock(REFERRED, Optional.of(REFERRED)).isRunning()).isFalse();
    assertThatThrownBy(() -> clock(REFERRED, Optional.of(REFERRED.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a clock line has a due day and a status, or a problem, never both nor neither")
  void a_clock_line_is_a_due_day_or_a_problem() {
    OnwardReferralId id = referral(Road.PETITION).id();
    Optional<LocalDate> due = Optional.of(REFERRED);
    Optional<RoadClock.Status> running = Optional.of(RoadClock.Status.RUNNING);

    assertThat(
            new ClockLine(id, Road.PETITION, OnwardStep.ACCEPTANCE, due, running, Optional.empty())
                .due())
        .isEqualTo(due);
    assertThat(
            new ClockLine(
                    id,
                    Road.PETITION,
                    OnwardStep.ACCEPTANCE,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("no 2030 calendar"))
                .problem())
        .contains("no 2030 calendar");
    assertThatThrownBy(
            () ->
                new ClockLine(
                    id, Road.PETITION, OnwardStep.ACCEPTANCE, due, running, Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ClockLine(
                    id,
                    Road.PETITION,
                    OnwardStep.ACCEPTANCE,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ClockLine(
                    id,
                    Road.PETITION,
                    OnwardStep.ACCEPTANCE,
                    due,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Reports a concluded petition's result back: refused on the 复查 window's last day, naming the
   * window and the day, the referral left decided; taken on the day after.
   */
  static void reportBackAfterTheReviewWindow(OnwardReferral r) {
    LocalDate last = r.clock(OnwardStep.REVIEW_REQUEST).orElseThrow().dueDate(CALENDAR);

    assertThatThrownBy(
            () -> r.reportBack(new ReportBack("RB-1", last, "维持", true), CALENDAR, CLERK, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("复查")
        .hasMessageContaining(last.toString());
    assertThat(r.state()).isEqualTo(OnwardState.DECIDED);

    r.reportBack(new ReportBack("RB-1", last.plusDays(1), "维持", true), CALENDAR, CLERK, T);
  }

  /** 信访: accepted on the day of referral and concluded the next; the 复查 window runs. */
  static OnwardReferral concludedPetition() {
    OnwardReferral r = referral(Road.PETITION);
    r.receive(REFERRED, false, "信访-2026-1", CLERK, T);
    r.decide(REFERRED.plusDays(1), "书面答复", CLERK, T);
    return r;
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("信访: 复查 may be requested on the window's last day, not the day after")
  void review_window_includes_its_last_day() {
    LocalDate last =
        concludedPetition().clock(OnwardStep.REVIEW_REQUEST).orElseThrow().dueDate(CALENDAR);

    OnwardReferral inTime = concludedPetition();
    inTime.requestReview(last, CALENDAR, CLERK, T);
    assertThat(inTime.state()).isEqualTo(OnwardState.UNDER_REVIEW);
    assertThat(inTime.clock(OnwardStep.REVIEW_REQUEST).orElseThrow().stoppedOn()).contains(last);
    assertThat(inTime.clock(OnwardStep.REVIEW).orElseThrow().isRunning()).isTrue();

    OnwardReferral late = concludedPetition();
    assertThatThrownBy(() -> late.requestReview(last.plusDays(1), CALENDAR, CLERK, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(last.toString());
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "信访: the result is reported back only after the 复查 (or 复核) window's last day, naming it")
  void report_back_waits_for_the_petitioners_window() {
    OnwardReferral r = concludedPetition();
    reportBackAfterTheReviewWindow(r);
    assertThat(r.isEnded()).isTrue();
    assertThat(r.report()).map(ReportBack::reportId).contains("RB-1");
    assertThat(r.clocks()).noneMatch(RoadClock::isRunning);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName("信访: after the 复查 opinion the 复核 window holds the report back, and is named")
  void report_back_waits_for_the_recheck_window() {
    OnwardReferral r = concludedPetition();
    r.requestReview(REFERRED.plusDays(2), CALENDAR, CLERK, T);
    r.concludeReview(REFERRED.plusDays(3), "维持原答复", CLERK, T);
    LocalDate last = r.clock(OnwardStep.RECHECK_REQUEST).orElseThrow().dueDate(CALENDAR);

    assertThatThrownBy(
            () -> r.reportBack(new ReportBack("RB-1", last, "维持", true), CALENDAR, CLERK, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("复核");

    r.requestRecheck(last, CALENDAR, CLERK, T);
    assertThat(r.state()).isEqualTo(OnwardState.UNDER_RECHECK);
    r.concludeRecheck(last, "维持", CLERK, T);
    r.reportBack(new ReportBack("RB-1", last, "维持", true), CALENDAR, CLERK, T);
    assertThat(r.isEnded()).isTrue();
  }

  @Test
  @DisplayName("a step may fall on the day of the one before, never earlier")
  void a_step_on_the_same_day_as_the_previous_one() {
    OnwardReferral r = referral(Road.LABOUR_ARBITRATION);
    r.receive(REFERRED, false, "仲裁-2026-1", CLERK, T);
    assertThatThrownBy(() -> r.decide(REFERRED.minusDays(1), "裁决", CLERK, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(REFERRED.toString());
    r.decide(REFERRED, "裁决", CLERK, T);
    assertThat(r.state()).isEqualTo(OnwardState.DECIDED);
    assertThat(r.clock(OnwardStep.CONCLUSION).orElseThrow().stoppedOn()).contains(REFERRED);
  }

  @Test
  @DisplayName(
      "only an administrative reconsideration is simplified, and its 30-day clock is the one"
          + " extended or stopped")
  void the_simplified_procedure() {
    OnwardReferral arbitration = referral(Road.LABOUR_ARBITRATION);
    assertThatThrownBy(() -> arbitration.receive(REFERRED, true, "仲裁-1", CLERK, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Road.LABOUR_ARBITRATION.toString());
    assertThat(arbitration.state()).isEqualTo(OnwardState.REFERRED);

    OnwardReferral r = referral(Road.ADMINISTRATIVE_RECONSIDERATION);
    r.receive(REFERRED, true, "复议-1", CLERK, T);
    assertThat(r.clock(OnwardStep.CONCLUSION)).isEmpty();
    assertThat(r.clock(OnwardStep.SIMPLIFIED_CONCLUSION).orElseThrow().isRunning()).isTrue();
    r.decide(REFERRED.plusDays(3), "维持", CLERK, T);
    assertThat(r.clock(OnwardStep.SIMPLIFIED_CONCLUSION).orElseThrow().stoppedOn())
        .contains(REFERRED.plusDays(3));
  }

  @Test
  @DisplayName("a road without a conclusion clock has nothing to extend, and says so")
  void litigation_has_no_clock_to_extend() {
    OnwardReferral r = referral(Road.LITIGATION);
    r.receive(REFERRED, false, "（2026）浙1121民初1号", CLERK, T);
    assertThatThrownBy(
            () ->
                r.extendConclusion(
                    new org.db3311.sgc.core.calendar.Extension(
                        TimeLimit.days(10), CLERK, "案情复杂", T),
                    CLERK,
                    T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LITIGATION");
    assertThat(r.clocks()).isEmpty();
  }

  @Test
  @DisplayName("a body not accepting ends the road and stops every running clock that day")
  void not_accepted_ends_the_road() {
    OnwardReferral r = referral(Road.PETITION);
    assertThat(r.isEnded()).isFalse();
    assertThat(r.clocks())
        .extracting(RoadClock::step)
        .containsExactly(OnwardStep.OBJECTION, OnwardStep.ACCEPTANCE);

    r.declineToAccept(REFERRED.plusDays(2), "不属本机关职责", CLERK, T);

    assertThat(r.isEnded()).isTrue();
    assertThat(r.clocks())
        .extracting(RoadClock::stoppedOn)
        .containsOnly(Optional.of(REFERRED.plusDays(2)));
  }

  @Test
  @Implements("6.2")
  @DisplayName(
      "6.2: supervision times sign-for and handling from the road's acceptance and conclusion"
          + " clocks, and leaves a road without them untimed")
  void supervision_rules_follow_the_clocks() {
    OnwardClocks clocks = OnwardClocks.defaults();
    DeadlineRule acceptance = clocks.rulesFor(Road.LABOUR_ARBITRATION).get(OnwardStep.ACCEPTANCE);

    Map<Step, DeadlineRule> rules = clocks.supervisionRules(Road.LABOUR_ARBITRATION);
    assertThat(rules.keySet()).containsExactlyInAnyOrder(Step.SIGN_FOR, Step.HANDLING);
    assertThat(rules.get(Step.SIGN_FOR).limit()).isEqualTo(acceptance.limit());
    assertThat(rules.get(Step.SIGN_FOR).basis()).isEqualTo(acceptance.basis());
    assertThat(clocks.untimedSupervisionSteps(Road.LABOUR_ARBITRATION)).isEmpty();
    assertThat(clocks.untimedSupervisionSteps(Road.LEGAL_AID))
        .isEqualTo(Set.of(Step.SIGN_FOR, Step.HANDLING));

    OnwardClocks replaced = clocks.with(Road.LEGAL_AID, Map.of(OnwardStep.ACCEPTANCE, acceptance));
    assertThat(replaced.untimedSupervisionSteps(Road.LEGAL_AID)).containsExactly(Step.HANDLING);
    assertThat(replaced.rulesFor(Road.LABOUR_ARBITRATION))
        .isEqualTo(clocks.rulesFor(Road.LABOUR_ARBITRATION));
    assertThat(Road.PETITION.hasReviews()).isTrue();
    assertThat(List.of(Road.values()).stream().filter(Road::hasReviews))
        .containsExactly(Road.PETITION);
    assertThat(Road.LEGAL_AID.supervisionCategory()).isEqualTo("onward.legal_aid");
  }
}
