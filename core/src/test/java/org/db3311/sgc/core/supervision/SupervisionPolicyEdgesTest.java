package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.2.1.3 "限期调处，限期反馈办理结果": each step runs against a time limit chosen by the matter's category, and
 * supervision reminds, urges and escalates on both sides of each threshold.
 */
@Implements("6.2.1.3")
@DisplayName("6.2.1.3 supervision policies: time limits by category and notice levels")
class SupervisionPolicyEdgesTest {

  private final WorkingCalendar calendar = new HolidayTableCalendar();
  // Wednesday 11 March 2026; no holiday near it
  private final LocalDate due = LocalDate.of(2026, 3, 11);

  @Test
  @DisplayName("the default policy reminds one working day ahead and escalates at three late")
  void default_levels_on_both_sides_of_each_threshold() {
    EscalationPolicy p = EscalationPolicy.defaults();
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 9), calendar)).isEmpty();
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 10), calendar)).contains(NoticeLevel.REMINDER);
    assertThat(p.levelOn(due, due, calendar)).contains(NoticeLevel.REMINDER);
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 12), calendar)).contains(NoticeLevel.OVERDUE);
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 13), calendar)).contains(NoticeLevel.OVERDUE);
    // the weekend does not count: Monday 16 March is the third working day late
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 15), calendar)).contains(NoticeLevel.OVERDUE);
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 16), calendar)).contains(NoticeLevel.ESCALATED);
    assertThat(new EscalationPolicy()).isEqualTo(p);
    assertThat(p.leadership()).isEqualTo(UnitId.of("center-leadership"));
  }

  @Test
  @DisplayName("the tightest policy: a reminder only on the day, escalation the first day late")
  void the_tightest_policy_allowed() {
    EscalationPolicy p = new EscalationPolicy(0, 1, UnitId.of("lead"));
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 10), calendar)).isEmpty();
    assertThat(p.levelOn(due, due, calendar)).contains(NoticeLevel.REMINDER);
    assertThat(p.levelOn(due, LocalDate.of(2026, 3, 12), calendar)).contains(NoticeLevel.ESCALATED);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EscalationPolicy(-1, 3, UnitId.of("lead")))
        .withMessage("remind ≥ 0 and escalate ≥ 1 working days");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EscalationPolicy(1, 0, UnitId.of("lead")))
        .withMessage("remind ≥ 0 and escalate ≥ 1 working days");
    assertThatThrownBy(() -> new EscalationPolicy(1, 3, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("a step runs from its start up to, not including, its end")
  void a_step_runs_from_start_to_end() {
    Instant t1 = Instant.parse("2026-03-02T01:00:00Z");
    Instant t2 = t1.plusSeconds(60);
    Instant t3 = t2.plusSeconds(60);
    Deadline d =
        Deadline.startingOn(
            DeadlineRule.of("handling", TimeLimit.workingDays(7), "accepted", "test"),
            LocalDate.of(2026, 3, 2));
    StepClock open = StepClock.start(Step.HANDLING, d, t1);
    StepClock ended = open.ended(t3, true);
    assertThat(open.runningAt(t1.minusNanos(1))).isFalse();
    assertThat(open.runningAt(t1)).isTrue();
    assertThat(open.runningAt(t3.plusSeconds(86_400))).isTrue();
    assertThat(ended.runningAt(t2)).isTrue();
    assertThat(ended.runningAt(t3)).isFalse();
    assertThat(ended.isRunning()).isFalse();
    assertThat(open.isRunning()).isTrue();
    // due Wednesday 11 March: overdue from the day after, and only while running
    assertThat(open.overdueAt(t2, due, calendar)).isFalse();
    assertThat(open.overdueAt(t2, LocalDate.of(2026, 3, 12), calendar)).isTrue();
    assertThat(ended.overdueAt(t3, LocalDate.of(2026, 3, 12), calendar)).isFalse();
    assertThat(open.due(calendar, LocalDate.of(2026, 3, 2)).date()).isEqualTo(due);
    assertThat(open.noticed(NoticeLevel.OVERDUE).lastNotice()).contains(NoticeLevel.OVERDUE);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new StepClock(Step.HANDLING, d, t1, Optional.empty(), true, Optional.empty()))
        .withMessage("a met step records when");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> open.ended(t1.minusNanos(1), false))
        .withMessage("a step cannot end before it started");
    assertThat(open.ended(t1, false).endedAt()).contains(t1);
  }

  @Test
  @DisplayName("the longest matching category prefix sets a step's limit, the fallback the rest")
  void the_longest_prefix_wins() {
    DeadlinePolicy p = DeadlinePolicy.defaults();
    Map<Step, DeadlineRule> labour = p.rulesFor("dispute.labour.wages");
    assertThat(labour.get(Step.HANDLING).name()).isEqualTo("labour mediation");
    assertThat(labour.get(Step.HANDLING).limit()).isEqualTo(TimeLimit.days(15));
    assertThat(labour.get(Step.SIGN_FOR).limit()).isEqualTo(TimeLimit.workingDays(1));
    assertThat(labour.get(Step.FEEDBACK).maxExtension()).contains(TimeLimit.workingDays(2));
    assertThat(labour).doesNotContainKey(Step.REVIEW);
    assertThat(p.rulesFor("dispute.neighbours").get(Step.HANDLING).limit())
        .isEqualTo(TimeLimit.months(1));
    Map<Step, DeadlineRule> petition = p.rulesFor("event.petition");
    assertThat(petition.get(Step.HANDLING).name()).isEqualTo("petition");
    assertThat(petition.get(Step.REVIEW).limit()).isEqualTo(TimeLimit.workingDays(5));
    assertThat(p.rulesFor("other").keySet())
        .containsExactlyInAnyOrder(Step.SIGN_FOR, Step.HANDLING, Step.FEEDBACK);
    assertThat(p.rulesFor("other").get(Step.HANDLING).limit()).isEqualTo(TimeLimit.workingDays(15));
    assertThatThrownBy(() -> p.rulesFor("other").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new DeadlinePolicy().rulesFor("event.petition")).isEqualTo(petition);
  }

  @Test
  @DisplayName("6.2: an onward road the center does not time keeps only the center's own steps")
  void untimed_onward_roads() {
    DeadlinePolicy p = DeadlinePolicy.defaults();
    assertThat(p.rulesFor("onward.litigation").keySet()).containsExactly(Step.FEEDBACK);
    assertThat(p.rulesFor("onward.legal_aid").keySet()).containsExactly(Step.FEEDBACK);
    Map<Step, DeadlineRule> arbitration = p.rulesFor("onward.labour_arbitration");
    assertThat(arbitration.get(Step.SIGN_FOR).limit()).isEqualTo(TimeLimit.days(5));
    assertThat(arbitration.get(Step.HANDLING).maxExtension()).contains(TimeLimit.days(15));
  }

  @Test
  @DisplayName("a deployment adds or replaces a category's limits, and may leave steps untimed")
  void a_deployment_sets_its_own_categories() {
    DeadlineRule tenDays = DeadlineRule.of("local", TimeLimit.workingDays(10), "accepted", "local");
    DeadlinePolicy p =
        DeadlinePolicy.defaults().withCategory("dispute.labour", Map.of(Step.HANDLING, tenDays));
    assertThat(p.rulesFor("dispute.labour").get(Step.HANDLING)).isEqualTo(tenDays);
    assertThat(p.rulesFor("dispute.family").get(Step.HANDLING).name()).isEqualTo("mediation");
    DeadlinePolicy untimed =
        DeadlinePolicy.defaults()
            .withCategory("local.", Map.of(Step.HANDLING, tenDays), Set.of(Step.SIGN_FOR));
    assertThat(untimed.rulesFor("local.x").keySet())
        .containsExactlyInAnyOrder(Step.HANDLING, Step.FEEDBACK);
    assertThat(untimed.rulesFor("local.x").get(Step.HANDLING)).isEqualTo(tenDays);
    assertThat(untimed.rulesFor("onward.litigation").keySet()).containsExactly(Step.FEEDBACK);
    DeadlinePolicy plain =
        new DeadlinePolicy(
            Map.of(Step.HANDLING, tenDays), Map.of("a.", Map.of(Step.REVIEW, tenDays)));
    assertThat(plain.rulesFor("a.b").keySet())
        .containsExactlyInAnyOrder(Step.HANDLING, Step.REVIEW);
    assertThat(plain.rulesFor("b").keySet()).containsExactly(Step.HANDLING);
  }
}
