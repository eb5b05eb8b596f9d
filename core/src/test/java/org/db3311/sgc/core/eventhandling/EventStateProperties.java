package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.WorkflowRun;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * No sequence of commands leaves a social-governance event in a state its machine does not define
 * or predict; an illegal command fails naming state and action and changes nothing.
 */
@Implements({"6.3.1.1", "6.3.1.2", "6.3.1.3", "R12"})
class EventStateProperties {

  enum Command {
    ASSIGN(EventAction.ASSIGN),
    ESCALATE(EventAction.ESCALATE_TO_DUTY_LEADER),
    ESCALATE_TO_FALLBACK(EventAction.ESCALATE_TO_FALLBACK_LEADER),
    REPORT_TO_CITY(EventAction.REPORT_TO_CITY),
    TRANSFER(EventAction.TRANSFER_TO_COUNTY),
    DECLINE(EventAction.DECLINE_ASSIGNMENT),
    SIGN_FOR(EventAction.SIGN_FOR),
    REPORT_HANDLED(EventAction.REPORT_HANDLED),
    CITY_RESULT(EventAction.RECORD_CITY_RESULT),
    RETURN(EventAction.RETURN),
    CLOSE(EventAction.CLOSE),
    REVIEW(EventAction.REVIEW),
    REPORT_RESULT(EventAction.REPORT_RESULT),
    ARCHIVE(EventAction.ARCHIVE),
    REOPEN(EventAction.REOPEN);

    final EventAction action;

    Command(EventAction action) {
      this.action = action;
    }
  }

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

  @Property(tries = 400)
  void any_command_sequence_follows_the_table(@ForAll("choices") List<WorkflowRun.Choice> choices) {
    RegistrationNumber n =
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1);
    InMemoryGovernanceEventRepository repo = new InMemoryGovernanceEventRepository();
    InMemoryResultReporter reporter = new InMemoryResultReporter();
    GovernanceEvent e =
        GovernanceEvent.receive(
            n,
            "桥梁护栏损坏",
            "event.safety_hazard",
            IntakeFixtures.place("温溪镇"),
            EventFixtures.DISPATCHER,
            T);
    WorkflowRun<GovernanceEvent, EventState, EventAction> run =
        new WorkflowRun<>(
            EventWorkflow.TABLE,
            e,
            GovernanceEvent::state,
            GovernanceEvent::snapshot,
            repo::save,
            () -> repo.find(n).orElseThrow().snapshot());
    for (WorkflowRun.Choice ch : choices) {
      run.step(ch, List.of(Command.values()), c -> c.action, c -> apply(e, c, reporter));
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    if (e.state() == EventState.ARCHIVED) {
      assertThat(e.snapshot().review()).isPresent();
      assertThat(e.resultReference()).isPresent();
    }
    net.jqwik.api.statistics.Statistics.label("final state").collect(e.state());
  }

  private static void apply(GovernanceEvent e, Command c, ResultReporter reporter) {
    var a = EventFixtures.DISPATCHER;
    switch (c) {
      case ASSIGN -> e.assign(TriageFacts.single(EventFixtures.WENXI), a, T);
      case ESCALATE -> e.escalate(EventFixtures.crossDepartment(), EventFixtures.DUTY, a, T);
      case ESCALATE_TO_FALLBACK ->
          e.escalateToFallback(
              EventFixtures.crossDepartment(), EventFixtures.FALLBACK, "无值班领导", a, T);
      case REPORT_TO_CITY -> e.reportToCity("city-1", a, T);
      case TRANSFER -> e.transferToCounty("331122", "331122-center-1", a, T);
      case DECLINE -> e.declineAssignment("非本单位职责", a, T);
      case SIGN_FOR -> e.signFor(a, T);
      case REPORT_HANDLED -> e.reportHandled("已处理", a, T);
      case CITY_RESULT -> e.recordCityResult("市级协调完成", a, T);
      case RETURN -> e.returnForHandling("不彻底", a, T);
      case CLOSE -> e.close(a, T);
      case REVIEW -> e.review(EventFixtures.review(), a, T);
      case REPORT_RESULT -> {
        EventResultReport r = e.resultReport("已上报", T);
        e.resultReported(r, reporter.report(r), a, T);
      }
      case ARCHIVE -> e.archive(a, T);
      case REOPEN -> e.reopen("回访不满意", a, T);
    }
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(30);
  }
}
