package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.2.1.3 "要求相关部门和调解组织按相关法律法规和规范限期调处，限期反馈办理结果": each command of a supervision file starts the
 * clocks its event starts, ends the ones it ends, and refuses a command missing the words it
 * records; each lead unit stays answerable for its own time with the matter.
 */
@Implements("6.2.1.3")
@DisplayName("6.2.1.3 a supervision file's commands: words, clocks and accountability")
class SupervisionFileEdgesTest {

  private static final UnitId A = UnitId.of("unit-a");
  private static final UnitId B = UnitId.of("unit-b");
  private static final UnitId CENTER = UnitId.of("center");
  private static final Actor OFFICER = Actor.of("sup-1", "督办员");
  // Monday 2 March 2026, no holiday near it
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static Instant t(int hours) {
    return T0.plusSeconds(3600L * hours);
  }

  private static DeadlineRule rule(String startEvent) {
    return DeadlineRule.of(startEvent + " rule", TimeLimit.workingDays(5), startEvent, "test");
  }

  /** Sign-for on assignment, handling on acceptance, feedback on handling, review on completion. */
  private static Map<Step, DeadlineRule> usual() {
    Map<Step, DeadlineRule> rules = new EnumMap<>(Step.class);
    rules.put(Step.SIGN_FOR, rule(DeadlinePolicy.ASSIGNED));
    rules.put(Step.HANDLING, rule(DeadlinePolicy.ACCEPTED));
    rules.put(Step.FEEDBACK, rule(DeadlinePolicy.HANDLED));
    rules.put(Step.REVIEW, rule(DeadlinePolicy.COMPLETED));
    return rules;
  }

  private static SupervisionFile assigned(Map<Step, DeadlineRule> rules) {
    return SupervisionFile.open("M-1", "事项", "x", A, Set.of(), rules, OFFICER, T0, DAY);
  }

  private static SupervisionFile inProgress() {
    SupervisionFile f = assigned(usual());
    f.signFor(OFFICER, t(1), DAY);
    return f;
  }

  private static SupervisionFile handled() {
    SupervisionFile f = inProgress();
    f.reportHandled("调解成功", OFFICER, t(2), DAY);
    return f;
  }

  private static SupervisionFile completed() {
    SupervisionFile f = handled();
    f.complete(OFFICER, t(3), DAY);
    return f;
  }

  private static List<StepClock> clocksOf(SupervisionFile f, Step step) {
    return f.clocks().stream().filter(c -> c.step() == step).toList();
  }

  /** The command is refused with the message and the file is left exactly as it was. */
  private static void refusedUnchanged(
      SupervisionFile f, Consumer<SupervisionFile> command, String message) {
    SupervisionSnapshot before = f.snapshot();
    int events = f.pendingEvents().size();
    assertThatIllegalArgumentException().isThrownBy(() -> command.accept(f)).withMessage(message);
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.pendingEvents()).hasSize(events);
  }

  @Test
  @DisplayName("every command that records words refuses blank words and writes nothing")
  void blank_words_are_refused_and_nothing_is_written() {
    SupervisionFile waiting =
        SupervisionFile.openAwaitingSupplement("M-2", "事项", "x", CENTER, usual(), OFFICER, T0);
    refusedUnchanged(
        waiting, f -> f.notAccepted(" ", OFFICER, t(1)), "state why the matter was not accepted");
    refusedUnchanged(
        assigned(usual()),
        f -> f.reassign(B, Set.of(), " ", OFFICER, t(1), DAY),
        "a reassignment states why");
    refusedUnchanged(
        assigned(usual()),
        f -> f.decline(CENTER, "", OFFICER, t(1)),
        "a declined assignment states why");
    refusedUnchanged(
        inProgress(), f -> f.pause(" ", OFFICER, t(2), DAY), "a pause states what is awaited");
    refusedUnchanged(
        inProgress(),
        f -> f.reportHandled(null, OFFICER, t(2), DAY),
        "a handling report summarises the result");
    refusedUnchanged(handled(), f -> f.returnToUnit(" ", OFFICER, t(3)), "a return states why");
    refusedUnchanged(completed(), f -> f.reopen("", OFFICER, t(4), DAY), "reopening states why");
    SupervisionFile accepted =
        SupervisionFile.openAccepted("M-3", "事项", "x", CENTER, usual(), DAY, OFFICER, T0, DAY);
    refusedUnchanged(
        accepted,
        f -> f.conclude(" ", OFFICER, t(1), DAY),
        "a conclusion states why the matter ended");
  }

  @Test
  @DisplayName(
      "opening on assignment starts the clocks counted from receipt, acceptance and assignment")
  void opening_starts_every_assignment_clock() {
    Map<Step, DeadlineRule> rules = new EnumMap<>(Step.class);
    rules.put(Step.SIGN_FOR, rule(DeadlinePolicy.ASSIGNED));
    rules.put(Step.HANDLING, rule(DeadlinePolicy.RECEIVED));
    rules.put(Step.FEEDBACK, rule(DeadlinePolicy.ACCEPTED));
    rules.put(Step.REVIEW, rule(DeadlinePolicy.HANDLED));
    SupervisionFile f = assigned(rules);
    assertThat(f.running(Step.SIGN_FOR)).isPresent();
    assertThat(f.running(Step.HANDLING)).isPresent();
    assertThat(f.running(Step.FEEDBACK)).isPresent();
    assertThat(f.running(Step.REVIEW)).as("started only when handled").isEmpty();
  }

  @Test
  @DisplayName("acceptance counts receipt clocks from the day of receipt and the others from today")
  void acceptance_starts_receipt_and_acceptance_clocks() {
    Map<Step, DeadlineRule> rules = new EnumMap<>(Step.class);
    rules.put(Step.HANDLING, rule(DeadlinePolicy.RECEIVED));
    rules.put(Step.FEEDBACK, rule(DeadlinePolicy.ACCEPTED));
    LocalDate received = DAY.minusDays(3);

    SupervisionFile direct =
        SupervisionFile.openAccepted("M-4", "事项", "x", CENTER, rules, received, OFFICER, T0, DAY);
    assertThat(direct.running(Step.HANDLING).orElseThrow().deadline().start()).isEqualTo(received);
    assertThat(direct.running(Step.FEEDBACK).orElseThrow().deadline().start()).isEqualTo(DAY);

    SupervisionFile supplemented =
        SupervisionFile.openAwaitingSupplement("M-5", "事项", "x", CENTER, rules, OFFICER, T0);
    assertThat(supplemented.clocks()).as("only the applicant's time runs").isEmpty();
    supplemented.supplyMaterials(OFFICER, t(1));
    supplemented.accept(received, OFFICER, t(2), DAY);
    assertThat(supplemented.state()).isEqualTo(SupervisionState.ACCEPTED);
    assertThat(supplemented.running(Step.HANDLING).orElseThrow().deadline().start())
        .isEqualTo(received);
    assertThat(supplemented.running(Step.FEEDBACK).orElseThrow().deadline().start()).isEqualTo(DAY);
  }

  @Test
  @DisplayName("signing for meets the sign-for step and starts the clocks counted from sign-for")
  void sign_for_starts_its_clocks() {
    Map<Step, DeadlineRule> rules = new EnumMap<>(Step.class);
    rules.put(Step.SIGN_FOR, rule(DeadlinePolicy.ASSIGNED));
    rules.put(Step.HANDLING, rule(DeadlinePolicy.SIGNED_FOR));
    SupervisionFile f = assigned(rules);
    assertThat(f.running(Step.HANDLING)).isEmpty();
    f.signFor(OFFICER, t(1), DAY.plusDays(1));
    assertThat(clocksOf(f, Step.SIGN_FOR))
        .singleElement()
        .satisfies(c -> assertThat(c.met()).isTrue())
        .satisfies(c -> assertThat(c.endedAt()).contains(t(1)));
    assertThat(f.running(Step.HANDLING).orElseThrow().deadline().start())
        .isEqualTo(DAY.plusDays(1));
  }

  @Test
  @DisplayName("a reassignment supersedes the earlier unit's sign-for clock and starts a new one")
  void reassignment_restarts_the_sign_for_clock() {
    SupervisionFile f = assigned(usual());
    f.reassign(B, Set.of(A), "属地调整", OFFICER, t(2), DAY.plusDays(1));
    List<StepClock> signFor = clocksOf(f, Step.SIGN_FOR);
    assertThat(signFor).hasSize(2);
    assertThat(signFor.get(0).endedAt()).contains(t(2));
    assertThat(signFor.get(0).met()).isFalse();
    assertThat(signFor.get(1).isRunning()).isTrue();
    assertThat(signFor.get(1).deadline().start()).isEqualTo(DAY.plusDays(1));
    assertThat(clocksOf(f, Step.HANDLING))
        .as("the handling period runs on from acceptance")
        .singleElement()
        .satisfies(c -> assertThat(c.isRunning()).isTrue());
    assertThat(f.unit()).isEqualTo(B);
    assertThat(f.participants()).containsExactly(A);
  }

  @Test
  @DisplayName("a declined assignment ends the sign-for clock unmet; handling runs on")
  void declining_ends_the_sign_for_clock() {
    SupervisionFile f = assigned(usual());
    f.decline(CENTER, "不属本单位职责", OFFICER, t(1));
    assertThat(f.running(Step.SIGN_FOR)).isEmpty();
    assertThat(clocksOf(f, Step.SIGN_FOR).getFirst().met()).isFalse();
    assertThat(clocksOf(f, Step.SIGN_FOR).getFirst().endedAt()).contains(t(1));
    assertThat(f.running(Step.HANDLING)).isPresent();
    assertThat(f.unit()).isEqualTo(CENTER);
    assertThat(f.state()).isEqualTo(SupervisionState.AWAITING_TRIAGE);
  }

  @Test
  @DisplayName("handling, completion, return and reopening each end and start their clocks")
  void the_handling_cycle_moves_the_clocks() {
    SupervisionFile f = handled();
    assertThat(clocksOf(f, Step.HANDLING).getFirst().met()).isTrue();
    assertThat(f.running(Step.FEEDBACK)).isPresent();

    f.returnToUnit("材料不全", OFFICER, t(3));
    assertThat(f.running(Step.FEEDBACK)).as("the feedback clock ends on a return").isEmpty();
    assertThat(clocksOf(f, Step.FEEDBACK).getFirst().met()).isFalse();
    StepClock again = f.running(Step.HANDLING).orElseThrow();
    assertThat(again.startedAt()).isEqualTo(t(3));
    assertThat(again.deadline())
        .as("against its old deadline")
        .isEqualTo(clocksOf(f, Step.HANDLING).getFirst().deadline());

    f.reportHandled("再次调处", OFFICER, t(4), DAY);
    f.complete(OFFICER, t(5), DAY);
    assertThat(f.running(Step.FEEDBACK)).isEmpty();
    assertThat(clocksOf(f, Step.FEEDBACK).getLast().met()).isTrue();
    assertThat(f.running(Step.REVIEW)).isPresent();

    f.reopen("回访不满意", OFFICER, t(6), DAY.plusDays(1));
    assertThat(f.running(Step.REVIEW))
        .as("a reopened file is reviewed when completed again")
        .isEmpty();
    assertThat(clocksOf(f, Step.REVIEW).getFirst().met()).isFalse();
    assertThat(f.running(Step.HANDLING).orElseThrow().deadline().start())
        .isEqualTo(DAY.plusDays(1));
  }

  @Test
  @DisplayName("a conclusion supersedes sign-for, meets every other step and starts the review")
  void conclusion_ends_every_clock() {
    Map<Step, DeadlineRule> rules = new EnumMap<>(Step.class);
    rules.put(Step.SIGN_FOR, rule(DeadlinePolicy.ACCEPTED));
    rules.put(Step.HANDLING, rule(DeadlinePolicy.RECEIVED));
    rules.put(Step.FEEDBACK, rule(DeadlinePolicy.ACCEPTED));
    rules.put(Step.REVIEW, rule(DeadlinePolicy.COMPLETED));
    SupervisionFile f =
        SupervisionFile.openAccepted("M-6", "事项", "x", CENTER, rules, DAY, OFFICER, T0, DAY);
    f.conclude("当事人撤回", OFFICER, t(2), DAY);
    StepClock signFor = clocksOf(f, Step.SIGN_FOR).getFirst();
    assertThat(signFor.endedAt()).contains(t(2));
    assertThat(signFor.met()).isFalse();
    for (Step step : List.of(Step.HANDLING, Step.FEEDBACK)) {
      assertThat(clocksOf(f, step).getFirst().endedAt()).as(step.name()).contains(t(2));
      assertThat(clocksOf(f, step).getFirst().met()).as(step.name()).isTrue();
    }
    assertThat(f.running(Step.REVIEW)).isPresent();
    assertThat(f.state()).isEqualTo(SupervisionState.COMPLETED);
  }

  @Test
  @DisplayName("each lead unit answers for the clocks and notices of its own time with the matter")
  void accountability_keeps_each_units_time_apart() {
    SupervisionFile f = assigned(usual());
    SupervisionNotice toA =
        new SupervisionNotice(Step.SIGN_FOR, NoticeLevel.REMINDER, DAY, A, t(1));
    // issued to B while A held the matter: neither A's (another unit) nor B's (before its time)
    SupervisionNotice early =
        new SupervisionNotice(Step.HANDLING, NoticeLevel.REMINDER, DAY, B, t(1));
    f.issue(toA, Actor.SYSTEM);
    f.issue(early, Actor.SYSTEM);
    f.reassign(B, Set.of(), "属地调整", OFFICER, t(2), DAY);
    SupervisionNotice toB = new SupervisionNotice(Step.SIGN_FOR, NoticeLevel.OVERDUE, DAY, B, t(3));
    // issued to A after it handed the matter on: not A's (after its time), not B's (another unit)
    SupervisionNotice late =
        new SupervisionNotice(Step.HANDLING, NoticeLevel.OVERDUE, DAY, A, t(3));
    f.issue(toB, Actor.SYSTEM);
    f.issue(late, Actor.SYSTEM);
    f.signFor(OFFICER, t(4), DAY);
    f.reportHandled("调解成功", OFFICER, t(5), DAY);

    List<SupervisionFile.Accountability> records = f.accountability();
    assertThat(records).hasSize(2);
    SupervisionFile.Accountability a = records.get(0);
    SupervisionFile.Accountability b = records.get(1);
    StepClock firstSignFor = clocksOf(f, Step.SIGN_FOR).get(0);
    StepClock secondSignFor = clocksOf(f, Step.SIGN_FOR).get(1);
    StepClock handling = clocksOf(f, Step.HANDLING).getFirst();
    StepClock feedback = f.running(Step.FEEDBACK).orElseThrow();

    assertThat(a.unit()).isEqualTo(A);
    assertThat(a.from()).isEqualTo(T0);
    assertThat(a.until()).contains(t(2));
    assertThat(a.clocks()).containsExactlyInAnyOrder(firstSignFor, handling);
    assertThat(a.notices()).containsExactly(toA);

    assertThat(b.unit()).isEqualTo(B);
    assertThat(b.from()).isEqualTo(t(2));
    assertThat(b.until()).isEmpty();
    assertThat(b.clocks())
        .as("the handling clock carried over; A's sign-for ended when B took the matter")
        .containsExactlyInAnyOrder(handling, secondSignFor, feedback);
    assertThat(b.notices()).containsExactly(toB);
  }

  @Test
  @DisplayName("a file opened on a later instant has no state before it; the history answers after")
  void history_answers_from_the_opening_on() {
    SupervisionFile f = inProgress();
    assertThat(f.at(T0.minusSeconds(1))).isEmpty();
    assertThat(f.at(T0).orElseThrow().state()).isEqualTo(SupervisionState.ASSIGNED);
    assertThat(f.at(t(1)).orElseThrow().state()).isEqualTo(SupervisionState.IN_PROGRESS);
    assertThat(f.pendingEvents().getLast().detail()).isEqualTo("signed for by " + A);
  }

  @Test
  @DisplayName("each way of opening records the opening, naming the units taking part")
  void every_opening_is_recorded() {
    SupervisionFile joint =
        SupervisionFile.open("M-7", "事项", "x", A, Set.of(B), usual(), OFFICER, T0, DAY);
    assertThat(joint.pendingEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(SupervisionAction.OPEN))
        .satisfies(e -> assertThat(e.detail()).isEqualTo("assigned to " + A + " with [" + B + "]"));
    assertThat(assigned(usual()).pendingEvents().getFirst().detail()).isEqualTo("assigned to " + A);
    assertThat(
            SupervisionFile.openAccepted("M-8", "事项", "x", CENTER, usual(), DAY, OFFICER, T0, DAY)
                .pendingEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("accepted; received on " + DAY));
    assertThat(
            SupervisionFile.openAwaitingSupplement("M-9", "事项", "x", CENTER, usual(), OFFICER, T0)
                .pendingEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(SupervisionAction.OPEN));
  }

  @Test
  @DisplayName("recording the review meets the review step")
  void the_review_ends_its_clock() {
    SupervisionFile f = completed();
    f.recordReview(OFFICER, t(4));
    assertThat(f.running(Step.REVIEW)).isEmpty();
    assertThat(clocksOf(f, Step.REVIEW).getFirst().met()).isTrue();
    assertThat(f.categoryCode()).isEqualTo("x");
  }
}
