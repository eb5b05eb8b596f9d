package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.WorkflowRun;

/**
 * No sequence of commands leaves a supervision file in a state its machine does not define or
 * predict; an illegal command (or one a step's clock does not allow, e.g. an extension past its
 * cap) fails and changes nothing.
 */
@Implements({"6.2.1.3", "8.2.4"})
class SupervisionStateProperties {

  enum Command {
    SIGN_FOR(SupervisionAction.SIGN_FOR),
    REASSIGN(SupervisionAction.REASSIGN),
    DECLINE(SupervisionAction.DECLINE),
    PAUSE(SupervisionAction.PAUSE),
    RESUME(SupervisionAction.RESUME),
    EXTEND(SupervisionAction.EXTEND),
    EXTEND_PAST_CAP(SupervisionAction.EXTEND),
    EXTEND_FEEDBACK(SupervisionAction.EXTEND),
    REPORT_HANDLED(SupervisionAction.REPORT_HANDLED),
    RETURN(SupervisionAction.RETURN),
    COMPLETE(SupervisionAction.COMPLETE),
    RECORD_REVIEW(SupervisionAction.RECORD_REVIEW),
    REOPEN(SupervisionAction.REOPEN),
    ISSUE_NOTICE(SupervisionAction.ISSUE_NOTICE),
    CONCLUDE(SupervisionAction.CONCLUDE),
    REQUEST_SUPPLEMENT(SupervisionAction.REQUEST_SUPPLEMENT),
    SUPPLY_MATERIALS(SupervisionAction.SUPPLY_MATERIALS),
    ACCEPT(SupervisionAction.ACCEPT),
    NOT_ACCEPT(SupervisionAction.NOT_ACCEPT),
    RECEIVE_EVENT(SupervisionAction.RECEIVE_EVENT),
    OPEN_MEDIATION(SupervisionAction.OPEN_MEDIATION),
    FIND_SUITABLE(SupervisionAction.FIND_SUITABLE),
    FIND_UNSUITABLE(SupervisionAction.FIND_UNSUITABLE),
    REFUSE_CONSENT(SupervisionAction.REFUSE_CONSENT);

    final SupervisionAction action;

    Command(SupervisionAction action) {
      this.action = action;
    }
  }

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Property(tries = 400)
  void any_command_sequence_follows_the_table(
      @ForAll("choices") List<WorkflowRun.Choice> choices,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int opening) {
    InMemorySupervisionFileRepository repo = new InMemorySupervisionFileRepository();
    Instant[] now = {Instant.parse("2026-03-02T01:00:00Z")};
    var rules = DeadlinePolicy.defaults().rulesFor("event.petition");
    SupervisionFile f =
        switch (opening) {
          case 0 ->
              SupervisionFile.open(
                  "S",
                  "信访事项",
                  "event.petition",
                  SupervisionFixtures.WENXI,
                  Set.of(SupervisionFixtures.HECHENG),
                  rules,
                  SupervisionFixtures.OFFICER,
                  now[0],
                  day(now[0]));
          case 1 ->
              SupervisionFile.openAwaitingSupplement(
                  "S",
                  "信访事项",
                  "event.petition",
                  SupervisionFixtures.CENTER,
                  rules,
                  SupervisionFixtures.OFFICER,
                  now[0]);
          default ->
              SupervisionFile.openAccepted(
                  "S",
                  "信访事项",
                  "event.petition",
                  SupervisionFixtures.CENTER,
                  rules,
                  day(now[0]).minusDays(3),
                  SupervisionFixtures.OFFICER,
                  now[0],
                  day(now[0]));
        };
    WorkflowRun<SupervisionFile, SupervisionState, SupervisionAction> run =
        new WorkflowRun<>(
            SupervisionWorkflow.TABLE,
            f,
            SupervisionFile::state,
            SupervisionFile::snapshot,
            repo::save,
            () -> repo.find("S").orElseThrow().snapshot());
    for (WorkflowRun.Choice ch : choices) {
      now[0] = now[0].plus(Duration.ofHours(5));
      run.step(ch, List.of(Command.values()), c -> c.action, c -> apply(f, c, now[0]));
      assertThat(f.snapshot().history().getLast().state()).isEqualTo(f.state());
      if (f.state() == SupervisionState.AWAITING_TRIAGE) {
        assertThat(f.unit()).isEqualTo(SupervisionFixtures.CENTER);
        assertThat(f.running(Step.SIGN_FOR)).as("the declining unit's clock stopped").isEmpty();
      }
      if (f.state().column() == SupervisionState.Column.APPLICANT
          || f.state() == SupervisionState.AWAITING_DECISION
          || f.state() == SupervisionState.NOT_ACCEPTED) {
        assertThat(f.clocks()).as("no clock of the center before acceptance").isEmpty();
      }
      if (SupervisionState.AT_CENTER.contains(f.state())) {
        assertThat(f.unit()).isEqualTo(SupervisionFixtures.CENTER);
        assertThat(f.running(Step.HANDLING))
            .as("the handling period runs from acceptance")
            .isPresent();
      }
      if (f.state() == SupervisionState.COMPLETED) {
        assertThat(f.clocks())
            .filteredOn(StepClock::isRunning)
            .extracting(StepClock::step)
            .as("only the review may still run after completion")
            .allMatch(s -> s == Step.REVIEW);
      }
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    net.jqwik.api.statistics.Statistics.label("final state").collect(f.state());
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZONE);
  }

  private static void apply(SupervisionFile f, Command c, Instant at) {
    var a = SupervisionFixtures.OFFICER;
    LocalDate d = day(at);
    switch (c) {
      case SIGN_FOR -> f.signFor(a, at, d);
      case REASSIGN ->
          f.reassign(
              f.unit().equals(SupervisionFixtures.WENXI)
                  ? SupervisionFixtures.HRSS
                  : SupervisionFixtures.WENXI,
              Set.of(SupervisionFixtures.HECHENG),
              "改派",
              a,
              at,
              d);
      case DECLINE -> f.decline(SupervisionFixtures.CENTER, "不属本单位职责", a, at);
      case PAUSE -> f.pause("等待申请人", a, at, d);
      case RESUME -> f.resume(a, at, d);
      case EXTEND ->
          f.extend(
              Step.HANDLING,
              new Extension(TimeLimit.days(10), SupervisionFixtures.HEAD, "复杂", at),
              a,
              at);
      case EXTEND_PAST_CAP ->
          f.extend(
              Step.HANDLING,
              new Extension(TimeLimit.days(31), SupervisionFixtures.HEAD, "过长", at),
              a,
              at);
      case EXTEND_FEEDBACK ->
          f.extend(
              Step.FEEDBACK,
              new Extension(TimeLimit.workingDays(1), SupervisionFixtures.HEAD, "补充", at),
              a,
              at);
      case REPORT_HANDLED -> f.reportHandled("已办", a, at, d);
      case RETURN -> f.returnToUnit("不到位", a, at);
      case COMPLETE -> f.complete(a, at, d);
      case RECORD_REVIEW -> f.recordReview(a, at);
      case REOPEN -> f.reopen("回访不满意", a, at, d);
      case ISSUE_NOTICE -> {
        Step step =
            f.clocks().stream()
                .filter(StepClock::isRunning)
                .map(StepClock::step)
                .findFirst()
                .orElse(Step.HANDLING);
        f.issue(new SupervisionNotice(step, NoticeLevel.REMINDER, d, f.unit(), at), a);
      }
      case CONCLUDE -> f.conclude("不适宜调解", a, at, d);
      case REQUEST_SUPPLEMENT -> f.requestSupplement(a, at);
      case SUPPLY_MATERIALS -> f.supplyMaterials(a, at);
      case ACCEPT -> f.accept(d.minusDays(3), a, at, d);
      case NOT_ACCEPT -> f.notAccepted("申请人撤回", a, at);
      case RECEIVE_EVENT, OPEN_MEDIATION, FIND_SUITABLE, FIND_UNSUITABLE, REFUSE_CONSENT ->
          f.reachStage(c.action, c.name(), a, at);
    }
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(30);
  }
}
