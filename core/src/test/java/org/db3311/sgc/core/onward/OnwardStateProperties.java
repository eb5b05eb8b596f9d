package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.WorkflowRun;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * No sequence of commands leaves an onward referral, on any road, in a state its machine does not
 * define or predict; a refused command (illegal, late, beyond the extension cap, a review on a road
 * without reviews) fails and changes nothing.
 */
@Implements({"6.2", "6.2.1.3"})
class OnwardStateProperties {

  /** The steps a body can report; each meant to perform one action of the table. */
  enum Command {
    RECEIVE(OnwardAction.RECEIVE),
    RECEIVE_SIMPLIFIED(OnwardAction.RECEIVE),
    NOT_ACCEPT(OnwardAction.DECLINE_TO_ACCEPT),
    EXTEND_10(OnwardAction.EXTEND),
    EXTEND_20(OnwardAction.EXTEND),
    DECIDE(OnwardAction.DECIDE),
    REQUEST_REVIEW(OnwardAction.REQUEST_REVIEW),
    CONCLUDE_REVIEW(OnwardAction.CONCLUDE_REVIEW),
    REQUEST_RECHECK(OnwardAction.REQUEST_RECHECK),
    CONCLUDE_RECHECK(OnwardAction.CONCLUDE_RECHECK),
    REPORT_BACK(OnwardAction.REPORT_BACK),
    REPORT_BACK_AGAIN(OnwardAction.REPORT_BACK);

    final OnwardAction action;

    Command(OnwardAction action) {
      this.action = action;
    }
  }

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

  @Property(tries = 600)
  void any_command_sequence_follows_the_table(
      @ForAll Road road,
      @ForAll("choices") List<WorkflowRun.Choice> choices,
      @ForAll("gaps") List<Integer> gaps) {
    run(road, choices, gaps);
  }

  /** The 信访 road alone, so runs reach 复查 and 复核 often. */
  @Property(tries = 400)
  void the_petition_road_follows_the_table(
      @ForAll("choices") List<WorkflowRun.Choice> choices, @ForAll("gaps") List<Integer> gaps) {
    run(Road.PETITION, choices, gaps);
  }

  private void run(Road road, List<WorkflowRun.Choice> choices, List<Integer> gaps) {
    RegistrationNumber n = RegistrationNumber.parse("331121-20261125-0001");
    InMemoryOnwardReferralRepository repo = new InMemoryOnwardReferralRepository();
    OnwardReferral r =
        OnwardReferral.refer(
            new OnwardReferralId(n, 1),
            new org.db3311.sgc.core.mediation.MediationCaseId(n, 1),
            "dispute.labour",
            road,
            org.db3311.sgc.core.common.UnitId.of("receiving-body"),
            "受理机关",
            "当事人选择",
            OnwardClocks.defaults().rulesFor(road),
            java.util.Optional.empty(),
            LocalDate.of(2026, 11, 25),
            Actor.SYSTEM,
            T);
    WorkflowRun<OnwardReferral, OnwardState, OnwardAction> run =
        new WorkflowRun<>(
            OnwardWorkflow.TABLE,
            r,
            OnwardReferral::state,
            OnwardReferral::snapshot,
            repo::save,
            () -> repo.find(r.id()).orElseThrow().snapshot());
    LocalDate day = LocalDate.of(2026, 11, 25);
    for (int i = 0; i < choices.size(); i++) {
      // steps a random number of days apart: some requests fall inside their window, some after it
      LocalDate on = day.plusDays(gaps.get(i % gaps.size()));
      day = on;
      run.step(choices.get(i), List.of(Command.values()), c -> c.action, c -> apply(r, c, on));
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    assertThat(OnwardWorkflow.TABLE.states()).contains(r.state());
    net.jqwik.api.statistics.Statistics.label("final state").collect(r.state());
  }

  private static void apply(OnwardReferral r, Command c, LocalDate on) {
    Actor a = Actor.SYSTEM;
    switch (c) {
      case RECEIVE -> r.receive(on, false, "案号-1", a, T);
      case RECEIVE_SIMPLIFIED -> r.receive(on, true, "案号-2", a, T);
      case NOT_ACCEPT -> r.declineToAccept(on, "不属本机关职权", a, T);
      case EXTEND_10 -> r.extendConclusion(new Extension(TimeLimit.days(10), a, "复杂", T), a, T);
      case EXTEND_20 -> r.extendConclusion(new Extension(TimeLimit.days(20), a, "复杂", T), a, T);
      case DECIDE -> r.decide(on, "结论", a, T);
      case REQUEST_REVIEW -> r.requestReview(on, OnwardFixtures.CALENDAR, a, T);
      case CONCLUDE_REVIEW -> r.concludeReview(on, "复查意见", a, T);
      case REQUEST_RECHECK -> r.requestRecheck(on, OnwardFixtures.CALENDAR, a, T);
      case CONCLUDE_RECHECK -> r.concludeRecheck(on, "复核意见", a, T);
      case REPORT_BACK ->
          r.reportBack(new ReportBack("report-1", on, "结果", true), OnwardFixtures.CALENDAR, a, T);
      case REPORT_BACK_AGAIN ->
          r.reportBack(new ReportBack("report-2", on, "结果", false), OnwardFixtures.CALENDAR, a, T);
    }
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(25);
  }

  @Provide
  Arbitrary<List<Integer>> gaps() {
    // mostly short gaps, so runs reach 复查 and 复核; some long ones, so windows also lapse
    return net.jqwik.api.Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, net.jqwik.api.Arbitraries.integers().between(0, 10)),
            net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.integers().between(11, 45)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }
}
