package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.GovernanceEventNotFoundException;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.FollowUpNotFoundException;
import org.db3311.sgc.core.followup.FollowUpService;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterKindMismatchException;
import org.db3311.sgc.core.intake.MatterNotFoundException;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.ReopenMatterUseCase;
import org.db3311.sgc.core.intake.UnknownCategoryException;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.InMemoryOnlineFilingGateway;
import org.db3311.sgc.core.mediation.InMemoryVideoRoomProvider;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationCaseNotFoundException;
import org.db3311.sgc.core.mediation.MediationConfiguration;
import org.db3311.sgc.core.mediation.MediationService;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.core.supervision.ExtendDeadlineUseCase;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.OpenSupervisionUseCase;
import org.db3311.sgc.core.supervision.Step;
import org.db3311.sgc.core.supervision.SupervisionFileNotFoundException;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a client's command can get wrong, and the one exception type each mistake raises, so that a
 * REST layer maps it without guessing (docs/casework.md, "Failures and their HTTP status"): an id
 * that names nothing (404), a state that does not allow the action or a stale version (409), a
 * command that cannot be carried out as given (422). Reception's are in {@code
 * ReceptionServiceTest.client_failures}.
 */
class ClientFailuresTest {

  private static final Actor STAFF = Actor.of("staff-1", "中心工作人员");
  private static final UnitId WENXI = UnitId.of("wenxi-town");

  private final IntakeFixtures in = new IntakeFixtures();
  private final MutableClock clock = in.clock;
  private final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  private final SupervisionService supervision =
      new SupervisionService(
          new InMemorySupervisionFileRepository(),
          new HolidayTableCalendar(),
          notifier,
          in.events,
          in.audit,
          clock);
  private final MediationService mediation =
      new MediationService(
          new InMemoryMediationCaseRepository(),
          in.intake,
          supervision,
          new MediationConfiguration(
              RoutingTable.defaults(Map.of(), UnitId.of("county-mediation-committee")),
              IntakeFixtures.QINGTIAN,
              "中心调解室"),
          new InMemoryVideoRoomProvider(),
          notifier,
          new InMemoryOnlineFilingGateway(),
          new HolidayTableCalendar(),
          in.events,
          in.audit,
          clock);
  private final EventHandlingService events =
      new EventHandlingService(
          new InMemoryGovernanceEventRepository(),
          in.intake,
          supervision,
          org.db3311.sgc.core.eventhandling.DutyRosterFixtures.none(clock),
          new InMemoryCityCenterGateway(),
          new org.db3311.sgc.core.eventhandling.InMemoryCountyCenterGateway(),
          new InMemoryResultReporter(),
          new EventHandlingConfiguration(IntakeFixtures.QINGTIAN, UnitId.of("lishui-city-center")),
          in.events,
          in.audit,
          clock);
  private final FollowUpService followUp =
      new FollowUpService(
          new InMemoryFollowUpRepository(),
          in.intake,
          supervision,
          notifier,
          in.events,
          in.audit,
          clock);

  private static final RegistrationNumber UNKNOWN =
      RegistrationNumber.parse("331121-20261125-0999");

  @Nested
  @DisplayName("404: an id that names nothing raises the NotFoundException of its aggregate")
  class NotFound {

    @Test
    void unknown_ids() {
      assertThatThrownBy(() -> in.intake.matter(UNKNOWN))
          .isInstanceOf(MatterNotFoundException.class);
      assertThatThrownBy(
              () -> in.intake.reopen(new ReopenMatterUseCase.Command(UNKNOWN, "重新办理", STAFF)))
          .isInstanceOf(MatterNotFoundException.class);
      assertThatThrownBy(() -> mediation.open(new OpenMediationUseCase.Command(UNKNOWN, STAFF)))
          .isInstanceOf(MatterNotFoundException.class);
      assertThatThrownBy(
              () ->
                  mediation.assess(
                      new AssessSuitabilityUseCase.Command(
                          new MediationCaseId(UNKNOWN, 1), true, "适宜", STAFF)))
          .isInstanceOf(MediationCaseNotFoundException.class);
      assertThatThrownBy(
              () ->
                  events.handle(
                      new HandleEventUseCase.Command(
                          UNKNOWN, new HandleEventUseCase.Step.SignFor(), STAFF)))
          .isInstanceOf(GovernanceEventNotFoundException.class);
      assertThatThrownBy(
              () ->
                  supervision.record(
                      new TrackProgressUseCase.Command(
                          UNKNOWN.toString(), new TrackProgressUseCase.Progress.SignFor(), STAFF)))
          .isInstanceOf(SupervisionFileNotFoundException.class);
      assertThatThrownBy(
              () ->
                  supervision.extend(
                      new ExtendDeadlineUseCase.Command(
                          UNKNOWN.toString(), Step.HANDLING, TimeLimit.days(5), "复杂", STAFF)))
          .isInstanceOf(SupervisionFileNotFoundException.class);
      assertThatThrownBy(
              () ->
                  followUp.record(
                      new RecordSurveyUseCase.Command(
                          new FollowUpId(UNKNOWN, 1),
                          "张三",
                          SurveyMethod.PHONE,
                          Satisfaction.SATISFIED,
                          "",
                          STAFF)))
          .isInstanceOf(FollowUpNotFoundException.class)
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> {
                assertThat(e.aggregateType()).isEqualTo("FollowUp");
                assertThat(e.aggregateId()).isEqualTo(UNKNOWN + "/F1");
              });
    }
  }

  @Nested
  @DisplayName(
      "409: a state that does not allow the action raises IllegalTransitionException naming both;"
          + " a stale version OptimisticLockException")
  class Conflict {

    @Test
    void a_file_opened_twice() {
      supervision.open(
          new OpenSupervisionUseCase.Command("S-1", "网格事项", "event.other", WENXI, STAFF));
      assertThatThrownBy(
              () ->
                  supervision.open(
                      new OpenSupervisionUseCase.Command(
                          "S-1", "网格事项", "event.other", WENXI, STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("SupervisionFile S-1: action OPEN is not allowed in state ASSIGNED");
    }

    @Test
    void an_extension_of_a_step_not_running() {
      supervision.open(
          new OpenSupervisionUseCase.Command("S-2", "网格事项", "event.other", WENXI, STAFF));
      supervision.record(
          new TrackProgressUseCase.Command(
              "S-2", new TrackProgressUseCase.Progress.SignFor(), STAFF));
      assertThatThrownBy(
              () ->
                  supervision.extend(
                      new ExtendDeadlineUseCase.Command(
                          "S-2", Step.FEEDBACK, TimeLimit.workingDays(1), "补充", STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(
              "SupervisionFile S-2 (no running FEEDBACK deadline): action EXTEND is not allowed in"
                  + " state IN_PROGRESS");
    }

    @Test
    void an_event_received_before_acceptance_or_twice() {
      RegistrationNumber pending = in.registerComplete("event.safety_hazard");
      assertThatThrownBy(() -> events.receive(new ReceiveEventUseCase.Command(pending, STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(
              "Matter "
                  + pending
                  + ": action START_HANDLING is not allowed in state PENDING_DECISION");
      in.review(pending);
      events.receive(new ReceiveEventUseCase.Command(pending, STAFF));
      assertThatThrownBy(() -> events.receive(new ReceiveEventUseCase.Command(pending, STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(
              "GovernanceEvent " + pending + ": action RECEIVE is not allowed in state RECEIVED");
    }

    @Test
    void a_dispute_mediated_before_acceptance_or_twice_at_once() {
      RegistrationNumber n = in.registerComplete("dispute.neighbour");
      assertThatThrownBy(() -> mediation.open(new OpenMediationUseCase.Command(n, STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(
              "Matter " + n + ": action START_HANDLING is not allowed in state PENDING_DECISION");
      in.review(n);
      MediationCaseId first = mediation.open(new OpenMediationUseCase.Command(n, STAFF));
      assertThatThrownBy(() -> mediation.open(new OpenMediationUseCase.Command(n, STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("Mediation " + first + ": action OPEN is not allowed in state OPENED");
    }

    @Test
    void a_stale_version() {
      RegistrationNumber n = in.registerComplete("dispute.neighbour");
      Matter read = in.matters.find(n).orElseThrow();
      Matter readToo = in.matters.find(n).orElseThrow();
      read.withdraw("已和解", STAFF, clock.instant());
      in.matters.save(read);
      readToo.withdraw("重复提交", STAFF, clock.instant().plus(Duration.ofMinutes(1)));
      assertThatThrownBy(() -> in.matters.save(readToo))
          .isInstanceOf(OptimisticLockException.class)
          .hasMessageContaining("Matter " + n);
    }
  }

  @Nested
  @DisplayName("422: a command that cannot be carried out as given raises IllegalArgumentException")
  class Unprocessable {

    @Test
    void an_unknown_category() {
      assertThatThrownBy(
              () ->
                  in.register(
                      IntakeFixtures.windowRegistration(
                          IntakeFixtures.ZHANG, "dispute.no_such_type", List.of())))
          .isInstanceOf(UnknownCategoryException.class);
    }

    @Test
    void the_other_track_for_the_kind_of_matter() {
      RegistrationNumber dispute = in.registerComplete("dispute.neighbour");
      in.review(dispute);
      RegistrationNumber event = in.registerComplete("event.safety_hazard");
      in.review(event);
      assertThatThrownBy(() -> events.receive(new ReceiveEventUseCase.Command(dispute, STAFF)))
          .isInstanceOf(MatterKindMismatchException.class)
          .hasMessageContaining("a dispute, resolved under 6.2");
      assertThatThrownBy(() -> mediation.open(new OpenMediationUseCase.Command(event, STAFF)))
          .isInstanceOf(MatterKindMismatchException.class)
          .hasMessageContaining("an event, handled under 6.3");
    }

    @Test
    void someone_not_a_party() {
      RegistrationNumber n = in.registerComplete("dispute.neighbour");
      in.review(n);
      MediationCaseId id = mediation.open(new OpenMediationUseCase.Command(n, STAFF));
      assertThatThrownBy(
              () ->
                  mediation.schedule(
                      new ScheduleSessionUseCase.Command(
                          id,
                          ScheduleSessionUseCase.Mode.OFFLINE,
                          clock.instant().plus(Duration.ofDays(1)),
                          Optional.of("路人甲"),
                          STAFF)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a party");
    }
  }
}
