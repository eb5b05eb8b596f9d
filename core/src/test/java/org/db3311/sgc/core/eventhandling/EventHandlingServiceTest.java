package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.eventhandling.EventFixtures.DUTY;
import static org.db3311.sgc.core.eventhandling.EventFixtures.TRANSPORT;
import static org.db3311.sgc.core.eventhandling.EventFixtures.WENXI;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.Step;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventHandlingServiceTest {

  private final EventFixtures f = new EventFixtures();

  @Test
  @Implements("6.3.1.1")
  @DisplayName("6.3.1.1 一般社会治理事件…交办给乡镇(街道)或县级相关部门处理")
  void a_general_event_is_assigned_and_supervised() {
    RegistrationNumber n = f.received("331121");
    assertThat(f.in.matter(n).state()).isEqualTo(MatterState.IN_HANDLING);
    assertThat(f.triage(n, TriageFacts.single(WENXI)))
        .isEqualTo(new TriageEventUseCase.Outcome.Assigned(WENXI));
    assertThat(f.handling.event(n).scope()).contains(EventScope.GENERAL);
    assertThat(f.supervision.file(n.toString()).unit()).isEqualTo(WENXI);
  }

  @Test
  @Implements("6.3.1.1")
  @DisplayName("6.3.1.1 涉及多个单位联办的，中心可明确其中一个单位牵头办理")
  void several_units_may_have_a_lead() {
    RegistrationNumber n = f.received("331121");
    f.triage(
        n,
        new TriageFacts(List.of(WENXI, TRANSPORT), Optional.of(WENXI), false, false, false, false));
    assertThat(f.handling.event(n).lead()).contains(WENXI);
  }

  @Test
  @Implements("6.3.1.1")
  @DisplayName(
      "6.3.1.1 一般社会治理事件 assigned to one unit without naming it lead: that unit answers for it")
  void one_unit_without_a_named_lead_is_assigned() {
    RegistrationNumber n = f.received("331121");
    TriageFacts one = new TriageFacts(List.of(WENXI), Optional.empty(), false, false, false, false);
    assertThat(f.triage(n, one)).isEqualTo(new TriageEventUseCase.Outcome.Assigned(WENXI));
    var file = f.supervision.file(n.toString());
    assertThat(file.unit()).isEqualTo(WENXI);
    assertThat(file.participants()).isEmpty();
  }

  @Test
  @Implements({"6.3.1.1", "8.2.4"})
  @DisplayName(
      "6.3.1.1 可明确 is a MAY: several units without a lead unit are accepted, the center follows"
          + " the event and every unit sees it")
  void several_units_without_a_lead_are_accepted() {
    RegistrationNumber n = f.received("331121");
    TriageFacts noLead =
        new TriageFacts(List.of(WENXI, TRANSPORT), Optional.empty(), false, false, false, false);
    assertThat(f.triage(n, noLead))
        .isEqualTo(new TriageEventUseCase.Outcome.AssignedWithoutLead(List.of(WENXI, TRANSPORT)));
    GovernanceEvent e = f.handling.event(n);
    assertThat(e.state()).isEqualTo(EventState.ASSIGNED);
    assertThat(e.lead()).as("no lead unit invented").isEmpty();
    var file = f.supervision.file(n.toString());
    assertThat(file.unit()).isEqualTo(EventFixtures.CENTER);
    assertThat(file.participants()).containsExactlyInAnyOrder(WENXI, TRANSPORT);
    var view = f.supervision.overview(f.in.clock.instant());
    assertThat(view.participating(WENXI).pending()).isEqualTo(1);
    assertThat(view.participating(TRANSPORT).pending()).isEqualTo(1);
    f.step(n, new HandleEventUseCase.Step.SignFor());
    assertThat(f.handling.event(n).state()).isEqualTo(EventState.IN_HANDLING);
  }

  @Test
  @Implements({"6.3.1.1", "8.2.4"})
  @DisplayName("8.2.4 a co-handled event shows in the view of its lead and of every other unit")
  void co_handling_units_see_the_event() {
    RegistrationNumber n = f.received("331121");
    f.triage(
        n,
        new TriageFacts(List.of(WENXI, TRANSPORT), Optional.of(WENXI), false, false, false, false));
    var file = f.supervision.file(n.toString());
    assertThat(file.unit()).isEqualTo(WENXI);
    assertThat(file.participants()).containsExactly(TRANSPORT);
    var view = f.supervision.overview(f.in.clock.instant());
    assertThat(view.leading(WENXI).pending()).isEqualTo(1);
    assertThat(view.participating(TRANSPORT).pending()).isEqualTo(1);
    assertThat(view.total().matters()).isEqualTo(1);
    f.triage(n, EventFixtures.crossDepartment());
    view = f.supervision.overview(f.in.clock.instant());
    assertThat(view.leading(TRANSPORT).pending()).as("re-triaged, now the lead").isEqualTo(1);
    assertThat(view.participating(WENXI).pending()).isEqualTo(1);
    assertThat(view.of(WENXI).matters()).isEqualTo(1);
  }

  @Test
  @Implements({"6.3.1.1", "8.2.4", "6.2.1.3"})
  @DisplayName(
      "8.2.4 a declined assignment waits at the center: off the unit's sign-for clock, pending at"
          + " the center in the view until it is re-triaged")
  void a_declined_assignment_is_pending_at_the_center() {
    RegistrationNumber n = f.received("331121");
    f.triage(
        n,
        new TriageFacts(List.of(WENXI, TRANSPORT), Optional.of(WENXI), false, false, false, false));
    f.in.clock.advance(Duration.ofHours(1));
    var declinedAt = f.in.clock.instant();

    f.step(n, new HandleEventUseCase.Step.DeclineAssignment("不属本单位职责"));

    var file = f.supervision.file(n.toString());
    assertThat(file.state()).isEqualTo(SupervisionState.AWAITING_TRIAGE);
    assertThat(file.unit()).isEqualTo(EventFixtures.CENTER);
    assertThat(file.participants()).isEmpty();
    assertThat(file.running(Step.SIGN_FOR)).as("the unit's sign-for clock stopped").isEmpty();
    var view = f.supervision.overview(declinedAt);
    assertThat(view.of(WENXI).matters()).as("no longer the declining unit's").isZero();
    assertThat(view.of(TRANSPORT).matters()).isZero();
    assertThat(view.leading(EventFixtures.CENTER).pending()).isEqualTo(1);
    assertThat(view.leading(EventFixtures.CENTER).inState(SupervisionState.AWAITING_TRIAGE))
        .isEqualTo(1);
    assertThat(view.total().matters()).isEqualTo(1);

    f.in.clock.advance(Duration.ofDays(5));
    assertThat(f.supervision.sweep()).as("no sign-for notice to a unit that declined").isEmpty();
    view = f.supervision.overview(f.in.clock.instant());
    assertThat(view.of(WENXI).overdue()).isZero();
    assertThat(view.total().overdue()).isZero();

    f.triage(n, TriageFacts.single(TRANSPORT));
    file = f.supervision.file(n.toString());
    assertThat(file.state()).isEqualTo(SupervisionState.ASSIGNED);
    assertThat(file.unit()).isEqualTo(TRANSPORT);
    assertThat(file.running(Step.SIGN_FOR))
        .map(org.db3311.sgc.core.supervision.StepClock::startedAt)
        .contains(f.in.clock.instant());
    view = f.supervision.overview(f.in.clock.instant());
    assertThat(view.leading(TRANSPORT).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
    assertThat(view.of(EventFixtures.CENTER).matters()).isZero();
    assertThat(f.supervision.overview(declinedAt).leading(EventFixtures.CENTER).pending())
        .as("the past view still shows where it was")
        .isEqualTo(1);
  }

  @Test
  @Implements({"6.3.1.2", "8.2.3"})
  @DisplayName("6.3.1.2 多跨社会治理事件…由中心报值班县级领导牵头处置")
  void cross_boundary_goes_to_the_duty_leader() {
    RegistrationNumber n = f.received("331121");
    assertThat(f.triage(n, EventFixtures.crossDepartment()))
        .isEqualTo(new TriageEventUseCase.Outcome.LedByDutyLeader(DUTY, TRANSPORT));
    assertThat(f.handling.event(n).state()).isEqualTo(EventState.LEADER_COORDINATING);
    assertThat(f.handling.event(n).dutyLeader()).contains(DUTY);
  }

  @Test
  @Implements("6.3.1.2")
  @DisplayName(
      "6.3.1.2 no duty leader found: the escalated event goes to the fallback leader and is"
          + " flagged, never left unseen")
  void without_a_duty_leader_the_fallback_leads_and_the_event_is_flagged() {
    RegistrationNumber n = f.received("331121");
    f.in.clock.set("2026-12-01T03:00:00");
    var outcome = f.triage(n, EventFixtures.crossDepartment());
    assertThat(outcome)
        .isInstanceOfSatisfying(
            TriageEventUseCase.Outcome.LedByFallbackLeader.class,
            o -> {
              assertThat(o.leader()).isEqualTo(DutyRosterFixtures.STANDING_FALLBACK);
              assertThat(o.reason()).contains("2026-12");
            });
    GovernanceEvent e = f.handling.event(n);
    assertThat(e.state()).isEqualTo(EventState.LEADER_COORDINATING);
    assertThat(e.dutyLeader()).contains(DutyRosterFixtures.STANDING_FALLBACK);
    assertThat(e.snapshot().ledByFallback()).isTrue();
    assertThat(f.in.events.published(GovernanceEventChanged.class))
        .filteredOn(c -> c.action() == EventAction.ESCALATE_TO_FALLBACK_LEADER)
        .singleElement()
        .satisfies(c -> assertThat(c.event().dutyFallback()).isPresent());
    assertThat(f.supervision.file(n.toString()).unit())
        .as("supervised like any escalated event")
        .isEqualTo(TRANSPORT);
  }

  @Test
  @Implements("6.3.1.2")
  @DisplayName("6.3.1.2 a roster in revision: its own fallback leader takes escalated events")
  void a_roster_in_revision_sends_events_to_its_fallback() {
    f.roster.revise(
        new PlanDutyRosterUseCase.Revise(
            java.time.YearMonth.of(2026, 11), "县领导甲出差", EventFixtures.DUTY_OFFICE));
    RegistrationNumber n = f.received("331121");
    assertThat(f.triage(n, EventFixtures.crossDepartment()))
        .isInstanceOfSatisfying(
            TriageEventUseCase.Outcome.LedByFallbackLeader.class,
            o -> assertThat(o.leader()).isEqualTo(EventFixtures.FALLBACK));
    assertThat(f.handling.event(n).dutyFallback())
        .hasValueSatisfying(r -> assertThat(r).contains("DRAFT"));
  }

  @Test
  @Implements({"6.3.1.2", "R12"})
  @DisplayName("R12 跨县域: an event whose parties lie in another county too is reported to the city")
  void an_event_spanning_two_counties_is_reported_to_the_city() {
    RegistrationNumber n = f.received("331121");
    TriageFacts facts =
        TriageFacts.single(WENXI).alsoIn(java.util.Set.of(DivisionCode.of("331122")));
    assertThat(f.triage(n, facts)).isInstanceOf(TriageEventUseCase.Outcome.ReportedToCity.class);
    assertThat(f.city.reports()).containsKey(n.toString());
    assertThat(f.counties.transfers()).isEmpty();
    assertThat(f.handling.event(n).scope()).contains(EventScope.CITY_LEVEL);
  }

  @Test
  @Implements("R12")
  @DisplayName(
      "R12 an event wholly in another county is transferred to that county's center, not reported"
          + " up; its matter closes with where it went")
  void an_event_wholly_in_another_county_is_transferred() {
    RegistrationNumber n = f.received("331122");
    var outcome = f.triage(n, TriageFacts.single(WENXI));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            TriageEventUseCase.Outcome.TransferredToCounty.class,
            o -> assertThat(o.county()).isEqualTo(DivisionCode.of("331122")));
    assertThat(f.city.reports()).as("not reported up").isEmpty();
    assertThat(f.counties.transfers()).containsEntry(n.toString(), DivisionCode.of("331122"));
    GovernanceEvent e = f.handling.event(n);
    assertThat(e.state()).isEqualTo(EventState.TRANSFERRED);
    assertThat(e.scope()).contains(EventScope.OTHER_COUNTY);
    assertThat(e.transferReference()).isPresent();
    assertThat(f.in.matter(n).state()).isEqualTo(MatterState.CLOSED);
    assertThat(f.in.matter(n).result().orElseThrow().summary()).contains("331122");
    assertThat(f.supervision.isSupervised(n.toString())).isFalse();
  }

  @Test
  @Implements("6.3.1.2")
  @DisplayName("6.3.1.2 涉市级、跨县域事件由中心上报市综治中心协调处置")
  void city_level_events_go_to_the_city() {
    RegistrationNumber a = f.received("331121");
    TriageFacts cityLevel = new TriageFacts(List.of(), Optional.empty(), false, false, false, true);
    assertThat(f.triage(a, cityLevel))
        .isInstanceOf(TriageEventUseCase.Outcome.ReportedToCity.class);
    assertThat(f.city.reports()).containsKeys(a.toString());
    assertThat(f.supervision.file(a.toString()).unit()).isEqualTo(EventFixtures.CITY);
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName("6.3.1.3 及时上报处置结果: the result goes up through the result reporter, with the review")
  void the_result_is_reported_up() {
    RegistrationNumber n = f.received("331121");
    f.triage(n, EventFixtures.crossDepartment());
    f.step(n, new HandleEventUseCase.Step.SignFor());
    f.step(n, new HandleEventUseCase.Step.ReportHandled("护栏已修复"));
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    assertThatThrownBy(() -> f.step(n, new HandleEventUseCase.Step.ReportResult("过早")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("action REPORT_RESULT is not allowed in state CLOSED");
    assertThat(f.results.reports()).as("nothing sent before the review").isEmpty();
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    f.in.clock.advance(Duration.ofHours(2));
    f.step(n, new HandleEventUseCase.Step.ReportResult("桥梁护栏已修复，已建立巡查机制"));
    EventResultReport sent = f.results.about(n.toString()).getFirst();
    assertThat(sent.report()).isEqualTo("桥梁护栏已修复，已建立巡查机制");
    assertThat(sent.review()).isEqualTo(EventFixtures.review());
    assertThat(sent.scope()).isEqualTo(EventScope.CROSS_BOUNDARY);
    assertThat(sent.lead()).contains(TRANSPORT);
    assertThat(sent.units()).containsExactly(WENXI, TRANSPORT);
    assertThat(sent.dutyLeader()).contains(DUTY);
    assertThat(sent.handling()).containsExactly("护栏已修复");
    assertThat(sent.reportedAt()).isEqualTo(f.in.clock.instant());
    GovernanceEvent e = f.handling.event(n);
    assertThat(e.state()).isEqualTo(EventState.RESULT_REPORTED);
    assertThat(e.resultReference()).contains("result-1");
    assertThat(f.in.audit.of("GovernanceEvent", n.toString()).getLast().detail())
        .contains("result-1");
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName(
      "a report delivered but not recorded (the save failed) is not delivered twice on the retry")
  void a_report_is_delivered_once_when_recording_it_failed() {
    boolean[] failNextReported = {false};
    GovernanceEventRepository flaky =
        new GovernanceEventRepository() {
          @Override
          public void save(GovernanceEvent e) {
            if (failNextReported[0] && e.state() == EventState.RESULT_REPORTED) {
              failNextReported[0] = false;
              throw new OptimisticLockException(
                  "GovernanceEvent", e.matter().toString(), e.version(), e.version().next());
            }
            f.repository.save(e);
          }

          @Override
          public Optional<GovernanceEvent> find(RegistrationNumber matter) {
            return f.repository.find(matter);
          }
        };
    EventHandlingService service = f.handlingWith(flaky, f.results);
    RegistrationNumber n = f.received("331121");
    f.triage(n, TriageFacts.single(WENXI));
    f.step(n, new HandleEventUseCase.Step.SignFor());
    f.step(n, new HandleEventUseCase.Step.ReportHandled("已修复"));
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    failNextReported[0] = true;
    var report =
        new HandleEventUseCase.Command(
            n, new HandleEventUseCase.Step.ReportResult("已修复并建立巡查机制"), EventFixtures.DISPATCHER);

    assertThatThrownBy(() -> service.handle(report)).isInstanceOf(OptimisticLockException.class);
    assertThat(f.handling.event(n).state()).isEqualTo(EventState.REVIEWED);
    assertThat(f.results.about(n.toString())).as("delivered before the save failed").hasSize(1);
    f.in.clock.advance(Duration.ofMinutes(5));
    service.handle(report);

    assertThat(f.results.about(n.toString()))
        .as("the retry is recognised by its report id")
        .singleElement()
        .satisfies(r -> assertThat(r.reportId()).isEqualTo(n + "/R1"));
    assertThat(f.handling.event(n).state()).isEqualTo(EventState.RESULT_REPORTED);
    assertThat(f.handling.event(n).resultReference()).contains("result-1");
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName("a report that cannot be delivered leaves the event reviewed, to be reported again")
  void an_undelivered_report_changes_nothing() {
    RegistrationNumber n = f.received("331121");
    f.triage(n, TriageFacts.single(WENXI));
    f.step(n, new HandleEventUseCase.Step.SignFor());
    f.step(n, new HandleEventUseCase.Step.ReportHandled("已修复"));
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    EventHandlingService offline =
        f.handlingWith(
            r -> {
              throw new IllegalStateException("city center unreachable");
            });
    var version = f.repository.find(n).orElseThrow().version();
    assertThatThrownBy(
            () ->
                offline.handle(
                    new HandleEventUseCase.Command(
                        n,
                        new HandleEventUseCase.Step.ReportResult("已修复"),
                        EventFixtures.DISPATCHER)))
        .hasMessageContaining("unreachable");
    assertThat(f.repository.find(n).orElseThrow().state()).isEqualTo(EventState.REVIEWED);
    assertThat(f.repository.find(n).orElseThrow().version()).isEqualTo(version);
    f.step(n, new HandleEventUseCase.Step.ReportResult("已修复"));
    assertThat(f.handling.event(n).state()).isEqualTo(EventState.RESULT_REPORTED);
    assertThat(f.results.reports()).hasSize(1);
  }

  @Test
  @Implements("6.3.1.3")
  @DisplayName("6.3.1.3 在事件处置结束后，对事件进行复盘评估，总结经验，及时上报处置结果")
  void review_and_result_report_before_archive() {
    RegistrationNumber n = f.received("331121");
    f.triage(n, TriageFacts.single(WENXI));
    f.step(n, new HandleEventUseCase.Step.SignFor());
    f.step(n, new HandleEventUseCase.Step.ReportHandled("已修复"));
    f.step(n, new HandleEventUseCase.Step.Close(EventFixtures.fixed()));
    assertThat(f.in.matter(n).state()).isEqualTo(MatterState.CLOSED);
    assertThatThrownBy(() -> f.step(n, new HandleEventUseCase.Step.Archive()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("action ARCHIVE is not allowed in state CLOSED");
    f.step(n, new HandleEventUseCase.Step.Review(EventFixtures.review()));
    assertThatThrownBy(() -> f.step(n, new HandleEventUseCase.Step.Archive()))
        .hasMessageContaining("state REVIEWED");
    f.step(n, new HandleEventUseCase.Step.ReportResult("护栏已修复，已上报"));
    f.step(n, new HandleEventUseCase.Step.Archive());
    assertThat(f.handling.event(n).state()).isEqualTo(EventState.ARCHIVED);
    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.COMPLETED);
    assertThat(
            f.supervision.file(n.toString()).running(org.db3311.sgc.core.supervision.Step.REVIEW))
        .isEmpty();
  }

  @Test
  void a_dispute_is_not_an_event() {
    RegistrationNumber n = f.in.registerComplete("dispute.labour");
    f.in.review(n);
    assertThatThrownBy(
            () -> f.handling.receive(new ReceiveEventUseCase.Command(n, EventFixtures.DISPATCHER)))
        .hasMessageContaining("6.2");
  }
}
