package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.LunarDates;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.TransitionTable.Transition;
import org.db3311.sgc.core.common.WorkflowDocs;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.Test;

/** Walks every transition of the supervision file's state machine. */
@Implements({"6.2.1.3", "8.2.4"})
class SupervisionWorkflowTest {

  private final SupervisionFixtures f = new SupervisionFixtures();

  @Test
  void every_path() {
    f.open("E", "event.petition", SupervisionFixtures.WENXI);
    f.service.sweep();
    f.progress("E", new Progress.Reassign(SupervisionFixtures.HECHENG, "属地"));
    f.progress("E", new Progress.SignFor());
    f.progress("E", new Progress.Reassign(SupervisionFixtures.WENXI, "退回"));
    f.progress("E", new Progress.SignFor());
    f.progress("E", new Progress.Pause("等待申请人"));
    f.service.extend(
        new ExtendDeadlineUseCase.Command(
            "E", Step.HANDLING, TimeLimit.days(10), "复杂", SupervisionFixtures.HEAD));
    f.progress("E", new Progress.Resume());
    f.service.extend(
        new ExtendDeadlineUseCase.Command(
            "E", Step.HANDLING, TimeLimit.days(10), "复杂", SupervisionFixtures.HEAD));
    f.clock.set("2026-05-27T09:00:00");
    assertThat(f.service.sweep()).isNotEmpty();
    f.progress("E", new Progress.ReportHandled("已处理"));
    f.clock.set("2026-05-29T09:00:00");
    assertThat(f.service.sweep()).isNotEmpty();
    f.service.extend(
        new ExtendDeadlineUseCase.Command(
            "E", Step.FEEDBACK, TimeLimit.workingDays(1), "x", SupervisionFixtures.HEAD));
    f.progress("E", new Progress.Return("不到位"));
    f.progress("E", new Progress.ReportHandled("已处理"));
    f.progress("E", new Progress.Complete());
    f.clock.set("2026-06-15T09:00:00");
    f.service.sweep();
    f.progress("E", new Progress.RecordReview());
    f.progress("E", new Progress.Reopen("不满意"));
    // concluded without a handling report: from in progress, paused, and assigned
    f.progress("E", new Progress.Conclude("二次调解不适宜"));
    f.open("P", "dispute.labour", SupervisionFixtures.HRSS);
    f.progress("P", new Progress.SignFor());
    f.progress("P", new Progress.Pause("等待申请人"));
    f.progress("P", new Progress.Conclude("当事人不同意调解"));
    f.open("A", "dispute.labour", SupervisionFixtures.HRSS);
    f.progress("A", new Progress.Conclude("当事人撤回"));
    // declined back to the center, noticed there, re-triaged; declined again and concluded there
    f.clock.set("2026-06-16T09:00:00");
    f.open("D", "event.safety_hazard", SupervisionFixtures.WENXI);
    f.progress("D", new Progress.Decline(SupervisionFixtures.CENTER, "不属本单位职责"));
    f.clock.set("2026-07-10T09:00:00");
    assertThat(f.service.sweep())
        .as("the handling period runs on at the center")
        .filteredOn(n -> n.unit().equals(SupervisionFixtures.CENTER))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.step()).isEqualTo(Step.HANDLING);
              assertThat(n.unit()).isEqualTo(SupervisionFixtures.CENTER);
            });
    f.progress("D", new Progress.Reassign(SupervisionFixtures.HECHENG, "重新分派"));
    f.progress("D", new Progress.Decline(SupervisionFixtures.CENTER, "亦不属本单位"));
    f.progress("D", new Progress.Conclude("申请人撤回"));
    walkTheStagesBeforeAUnit();
    // R10: provisional deadlines recomputed once the official arrangement is loaded, in every
    // state with a running clock (here 2026 stands in for a year that was provisional)
    f.clock.set("2026-07-13T09:00:00");
    f.open("R1", "event.petition", SupervisionFixtures.WENXI);
    f.open("R2", "event.petition", SupervisionFixtures.WENXI);
    f.progress("R2", new Progress.Decline(SupervisionFixtures.CENTER, "不属本单位职责"));
    f.open("R3", "event.petition", SupervisionFixtures.WENXI);
    f.progress("R3", new Progress.SignFor());
    f.open("R4", "event.petition", SupervisionFixtures.WENXI);
    f.progress("R4", new Progress.SignFor());
    f.progress("R4", new Progress.Pause("等待申请人"));
    f.open("R5", "event.petition", SupervisionFixtures.WENXI);
    f.progress("R5", new Progress.SignFor());
    f.progress("R5", new Progress.ReportHandled("已处理"));
    f.open("R6", "event.petition", SupervisionFixtures.WENXI);
    f.progress("R6", new Progress.SignFor());
    f.progress("R6", new Progress.ReportHandled("已处理"));
    f.progress("R6", new Progress.Complete());
    String sh = SupervisionFixtures.SHORT;
    f.follow("RA", SupervisionFixtures.accepted(sh, f.clock.instant()));
    List<List<SupervisionAction>> stages =
        List.of(
            List.of(SupervisionAction.RECEIVE_EVENT),
            List.of(SupervisionAction.OPEN_MEDIATION),
            List.of(SupervisionAction.OPEN_MEDIATION, SupervisionAction.FIND_SUITABLE),
            List.of(SupervisionAction.OPEN_MEDIATION, SupervisionAction.FIND_UNSUITABLE),
            List.of(
                SupervisionAction.OPEN_MEDIATION,
                SupervisionAction.FIND_SUITABLE,
                SupervisionAction.REFUSE_CONSENT));
    for (int i = 0; i < stages.size(); i++) {
      String s = "RP" + i;
      f.follow(s, SupervisionFixtures.accepted(sh, f.clock.instant()));
      stages.get(i).forEach(a -> f.follow(s, SupervisionFixtures.stage(a)));
    }
    HolidayTableCalendar provisional2026 =
        new HolidayTableCalendar(
            HolidayTableCalendar.shippedTables().stream().filter(t -> t.year() < 2026).toList(),
            Map.of(2026, LunarDates.shipped().get(2026)));
    assertThat(
            f.service
                .recompute(new RecomputeProvisionalDeadlinesUseCase.Command(provisional2026))
                .failures())
        .isEmpty();
    assertThat(f.file("A").clocks()).noneMatch(StepClock::isRunning);
    assertThat(f.file("A").clocks())
        .filteredOn(c -> c.step() == Step.SIGN_FOR)
        .allSatisfy(c -> assertThat(c.met()).as("never signed for").isFalse());
    flagInEveryOpenState();
    Set<Transition<SupervisionState, SupervisionAction>> walked = new HashSet<>();
    f.events.published(SupervisionEvent.class).stream()
        .filter(e -> e.from().isPresent())
        .forEach(e -> walked.add(new Transition<>(e.from().get(), e.action(), e.to())));
    assertThat(walked).containsExactlyInAnyOrderElementsOf(SupervisionWorkflow.TABLE.transitions());
  }

  /** A flag (an escalated event led by the fallback leader) in every state an open file is in. */
  @Implements({"6.3.1.2", "8.2.4"})
  private void flagInEveryOpenState() {
    String sh = SupervisionFixtures.SHORT;
    f.follow("FA", SupervisionFixtures.accepted(sh, f.clock.instant()));
    f.follow("FU", SupervisionFixtures.accepted(sh, f.clock.instant()));
    f.follow("FU", SupervisionFixtures.stage(SupervisionAction.RECEIVE_EVENT));
    f.open("FS", "event.petition", SupervisionFixtures.WENXI);
    f.open("FI", "event.petition", SupervisionFixtures.WENXI);
    f.progress("FI", new Progress.SignFor());
    f.open("FP", "event.petition", SupervisionFixtures.WENXI);
    f.progress("FP", new Progress.SignFor());
    f.progress("FP", new Progress.Pause("等待申请人"));
    f.open("FH", "event.petition", SupervisionFixtures.WENXI);
    f.progress("FH", new Progress.SignFor());
    f.progress("FH", new Progress.ReportHandled("已处理"));
    f.open("FT", "event.petition", SupervisionFixtures.WENXI);
    f.progress("FT", new Progress.Decline(SupervisionFixtures.CENTER, "不属本单位职责"));
    for (String s : List.of("FA", "FU", "FS", "FI", "FP", "FH", "FT")) {
      SupervisionState before = f.file(s).state();
      f.follow(
          s,
          new FollowMatterUseCase.Change.Flagged(
              SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, "无值班领导，由兜底领导牵头"));
      assertThat(f.file(s).state()).isEqualTo(before);
      assertThat(f.file(s).flags()).hasSize(1);
    }
  }

  /**
   * Before acceptance (supplement, decision, not accepted) and at the center after it (untriaged,
   * awaiting suitability or consent, unsuitable, declined): a notice in each stage, and from each
   * stage to a unit or concluded.
   */
  private void walkTheStagesBeforeAUnit() {
    f.clock.set("2026-07-13T09:00:00");
    String sh = SupervisionFixtures.SHORT;
    f.follow("S1", SupervisionFixtures.supplement(sh));
    f.follow("S1", new FollowMatterUseCase.Change.MaterialsSupplied());
    f.follow("S1", SupervisionFixtures.supplement(sh));
    f.follow("S1", new FollowMatterUseCase.Change.MaterialsSupplied());
    f.follow("S1", SupervisionFixtures.accepted(sh, f.clock.instant()));
    f.follow("S2", SupervisionFixtures.supplement(sh));
    f.follow("S2", new FollowMatterUseCase.Change.NotAccepted("申请人撤回"));
    f.follow("S3", SupervisionFixtures.supplement(sh));
    f.follow("S3", new FollowMatterUseCase.Change.MaterialsSupplied());
    f.follow("S3", new FollowMatterUseCase.Change.NotAccepted("不予受理"));
    f.follow("C1", SupervisionFixtures.accepted(sh, f.clock.instant()));
    f.progress("C1", new Progress.Conclude("撤回"));
    List<List<SupervisionAction>> paths =
        List.of(
            List.of(SupervisionAction.RECEIVE_EVENT),
            List.of(SupervisionAction.OPEN_MEDIATION),
            List.of(SupervisionAction.OPEN_MEDIATION, SupervisionAction.FIND_SUITABLE),
            List.of(SupervisionAction.OPEN_MEDIATION, SupervisionAction.FIND_UNSUITABLE),
            List.of(
                SupervisionAction.OPEN_MEDIATION,
                SupervisionAction.FIND_SUITABLE,
                SupervisionAction.REFUSE_CONSENT));
    int i = 0;
    for (List<SupervisionAction> path : paths) {
      String toUnit = "U" + i;
      String concluded = "K" + i++;
      for (String s : List.of(toUnit, concluded)) {
        f.follow(s, SupervisionFixtures.accepted(sh, f.clock.instant()));
        path.forEach(a -> f.follow(s, SupervisionFixtures.stage(a)));
      }
      assertThat(f.service.sweep()).anyMatch(n -> n.unit().equals(SupervisionFixtures.CENTER));
      f.progress(toUnit, new Progress.Reassign(SupervisionFixtures.HECHENG, "分派"));
      f.progress(concluded, new Progress.Conclude("办结"));
    }
    f.progress("S1", new Progress.Reassign(SupervisionFixtures.HECHENG, "分派"));
  }

  @Test
  void an_illegal_step_names_state_and_action() {
    f.open("A", "dispute.labour", SupervisionFixtures.HRSS);
    assertThatThrownBy(() -> f.progress("A", new Progress.Complete()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("SupervisionFile A: action COMPLETE is not allowed in state ASSIGNED");
  }

  @Test
  void the_state_diagram_in_the_docs_is_the_table_that_runs() {
    WorkflowDocs.assertDocumented(SupervisionWorkflow.TABLE);
  }
}
