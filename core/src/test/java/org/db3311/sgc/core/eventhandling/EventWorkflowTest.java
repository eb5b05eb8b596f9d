package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable.Transition;
import org.db3311.sgc.core.common.WorkflowDocs;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Walks every transition of the event state machine. */
@Implements({"6.3.1.1", "6.3.1.2", "6.3.1.3"})
class EventWorkflowTest {

  private final EventFixtures f = new EventFixtures();

  private void finish(RegistrationNumber n) {
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    f.step(n, new HandleEventUseCase.Step.ReportResult("已上报"));
    f.step(n, new HandleEventUseCase.Step.Archive());
  }

  /** Handles a reopened event again and takes it {@code steps} steps past its closure. */
  private void againUntil(RegistrationNumber n, int steps) {
    f.step(n, new HandleEventUseCase.Step.ReportHandled("再次处理"));
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    if (steps > 1) {
      f.step(n, new HandleEventUseCase.Step.ReportResult("已上报"));
    }
    if (steps > 2) {
      f.step(n, new HandleEventUseCase.Step.Archive());
    }
  }

  @Test
  void every_path() {
    // assigned, declined, reassigned, escalated from assignment, returned once
    RegistrationNumber a = f.received("331121");
    f.triage(a, TriageFacts.single(EventFixtures.WENXI));
    f.step(a, new HandleEventUseCase.Step.DeclineAssignment("非本单位职责"));
    f.triage(a, TriageFacts.single(EventFixtures.TRANSPORT));
    f.triage(a, EventFixtures.crossDepartment());
    f.step(a, new HandleEventUseCase.Step.SignFor());
    f.step(a, new HandleEventUseCase.Step.ReportHandled("已处理"));
    f.step(a, new HandleEventUseCase.Step.Return("不彻底"));
    f.step(a, new HandleEventUseCase.Step.ReportHandled("已处理"));
    finish(a);
    // assigned and signed for directly
    RegistrationNumber b = f.received("331121");
    f.triage(b, TriageFacts.single(EventFixtures.WENXI));
    f.step(b, new HandleEventUseCase.Step.SignFor());
    f.step(b, new HandleEventUseCase.Step.ReportHandled("已处理"));
    finish(b);
    // reopened after closure, review, result report and archive: handled again each time
    f.reopen(b);
    f.step(b, new HandleEventUseCase.Step.ReportHandled("再次处理"));
    f.step(b, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    f.reopen(b);
    againUntil(b, 1);
    f.reopen(b);
    againUntil(b, 2);
    f.reopen(b);
    againUntil(b, 3);
    // escalated straight from reception
    RegistrationNumber c = f.received("331121");
    f.triage(c, EventFixtures.crossDepartment());
    // city
    RegistrationNumber d = f.received("331121");
    f.triage(d, new TriageFacts(List.of(), Optional.empty(), false, false, false, true));
    f.step(d, new HandleEventUseCase.Step.CityResult("市级协调完成"));
    finish(d);
    // wholly in another county: transferred (R12), and back for triage when its matter reopens
    RegistrationNumber t = f.received("331122");
    f.triage(t, TriageFacts.single(EventFixtures.WENXI));
    f.in.intake.reopen(
        new org.db3311.sgc.core.intake.ReopenMatterUseCase.Command(
            t, "当事人不满意", EventFixtures.DISPATCHER));
    assertThat(f.handling.event(t).state()).isEqualTo(EventState.RECEIVED);
    // no roster for December: the fallback leader takes it, from reception and from assignment
    f.in.clock.set("2026-12-02T02:00:00");
    RegistrationNumber g = f.received("331121");
    f.triage(g, EventFixtures.crossDepartment());
    RegistrationNumber h = f.received("331121");
    f.triage(h, TriageFacts.single(EventFixtures.WENXI));
    f.triage(h, EventFixtures.crossDepartment());

    Set<Transition<EventState, EventAction>> walked = new HashSet<>();
    f.in.events.published(GovernanceEventChanged.class).stream()
        .filter(x -> x.from().isPresent())
        .forEach(x -> walked.add(new Transition<>(x.from().get(), x.action(), x.to())));
    assertThat(walked).containsExactlyInAnyOrderElementsOf(EventWorkflow.TABLE.transitions());
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName(
      "each reopening starts a new round; every change names its round; a report of another round"
          + " is not recorded")
  void rounds_are_told_apart() {
    RegistrationNumber n = f.received("331121");
    f.triage(n, TriageFacts.single(EventFixtures.WENXI));
    f.step(n, new HandleEventUseCase.Step.SignFor());
    f.step(n, new HandleEventUseCase.Step.ReportHandled("已处理"));
    finish(n);
    EventResultReport firstReport = f.results.about(n.toString()).getFirst();
    f.reopen(n);
    againUntil(n, 1);
    f.reopen(n);

    GovernanceEvent e = f.handling.event(n);
    assertThat(e.round()).isEqualTo(3);
    assertThat(
            f.in.events.published(GovernanceEventChanged.class).stream()
                .filter(x -> x.matter().equals(n)))
        .extracting(x -> x.action() + "@" + x.round())
        .containsSubsequence("RECEIVE@1", "ARCHIVE@1", "REOPEN@2", "REVIEW@2", "REOPEN@3")
        .allMatch(x -> !x.startsWith("ARCHIVE@") || x.equals("ARCHIVE@1"));
    f.step(n, new HandleEventUseCase.Step.ReportHandled("第三次处理"));
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    GovernanceEvent reviewed = f.handling.event(n);
    assertThatThrownBy(
            () ->
                reviewed.resultReported(
                    firstReport, "result-x", EventFixtures.DISPATCHER, f.in.clock.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(n + "/R1")
        .hasMessageContaining("round 3");
    assertThat(reviewed.resultReport("第三轮", f.in.clock.instant()).reportId()).isEqualTo(n + "/R3");
  }

  @Test
  void archive_is_reachable_only_through_review_and_result_report() {
    for (EventState s : EventState.values()) {
      if (EventWorkflow.TABLE.allows(s, EventAction.ARCHIVE)) {
        assertThat(s).isEqualTo(EventState.RESULT_REPORTED);
      }
      if (EventWorkflow.TABLE.allows(s, EventAction.REPORT_RESULT)) {
        assertThat(s).isEqualTo(EventState.REVIEWED);
      }
    }
  }

  @Test
  void the_state_diagram_in_the_docs_is_the_table_that_runs() {
    WorkflowDocs.assertDocumented(EventWorkflow.TABLE);
    WorkflowDocs.assertDocumented(DutyRosterWorkflow.TABLE);
  }
}
