package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.EventState;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase.Step;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.followup.ConcludeFollowUpUseCase;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.FollowUpService;
import org.db3311.sgc.core.followup.FollowUpState;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.ReopenMatterUseCase;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.InMemoryOnlineFilingGateway;
import org.db3311.sgc.core.mediation.InMemoryVideoRoomProvider;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationConfiguration;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationService;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RecordSessionUseCase;
import org.db3311.sgc.core.mediation.ReferToLitigationUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionAction;
import org.db3311.sgc.core.supervision.SupervisionEvent;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every terminal path of a matter, first opened or reopened after a dissatisfied follow-up, leaves
 * its supervision file in the state the path calls for: completed when the matter closes, in
 * progress with a fresh handling period while a reopened matter waits for its new handling, and no
 * file at all for a dispute that never reached a unit.
 */
@Implements({"6.2.1.3", "6.2.1.4.2", "8.2.4"})
class ReopenedMatterTest {

  private static final Actor STAFF = Actor.of("staff-1", "中心工作人员");
  private static final UnitId HECHENG = UnitId.of("hecheng-mediation-committee");
  private static final UnitId WENXI = UnitId.of("wenxi-town");

  private final IntakeFixtures in = new IntakeFixtures();
  private final MutableClock clock = in.clock;
  private final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  private final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
  private final SupervisionService supervision =
      new SupervisionService(
          files, new HolidayTableCalendar(), notifier, in.events, in.audit, clock);
  private final MediationService mediation =
      new MediationService(
          new InMemoryMediationCaseRepository(),
          in.intake,
          supervision,
          new MediationConfiguration(
              RoutingTable.defaults(Map.of("鹤城街道", HECHENG), HECHENG),
              IntakeFixtures.QINGTIAN,
              "中心调解室"),
          new InMemoryVideoRoomProvider(),
          notifier,
          new InMemoryOnlineFilingGateway(),
          new HolidayTableCalendar(),
          in.events,
          in.audit,
          clock);
  private final InMemoryResultReporter results = new InMemoryResultReporter();
  private final EventHandlingService events =
      new EventHandlingService(
          new InMemoryGovernanceEventRepository(),
          in.intake,
          supervision,
          org.db3311.sgc.core.eventhandling.DutyRosterFixtures.none(clock),
          new InMemoryCityCenterGateway(),
          new org.db3311.sgc.core.eventhandling.InMemoryCountyCenterGateway(),
          results,
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

  ReopenedMatterTest() {
    in.events.subscribe(MatterEvent.class, followUp::onMatterEvent);
    in.events.subscribe(MatterEvent.class, events::onMatterEvent);
  }

  // --- disputes -------------------------------------------------------------------------------

  private MediationCaseId open(RegistrationNumber n) {
    return mediation.open(new OpenMediationUseCase.Command(n, STAFF));
  }

  private void assess(MediationCaseId id, boolean suitable) {
    mediation.assess(new AssessSuitabilityUseCase.Command(id, suitable, "理由", STAFF));
  }

  private void consent(MediationCaseId id, boolean second) {
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, STAFF));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, second, true, STAFF));
  }

  private void inSession(MediationCaseId id) {
    assess(id, true);
    consent(id, true);
    mediation.route(new RouteMediationUseCase.Command(id, STAFF));
    mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id,
            ScheduleSessionUseCase.Mode.OFFLINE,
            clock.instant().plus(Duration.ofDays(1)),
            Optional.empty(),
            STAFF));
    mediation.recordSession(
        new RecordSessionUseCase.Command(
            id,
            new MediationRecord(
                clock.instant(),
                "调解室",
                "调解员陈",
                "记录员周",
                List.of("张三", "丽水某建筑有限公司"),
                true,
                Map.of("张三", "欠薪", "丽水某建筑有限公司", "周转困难"),
                "欠薪属实",
                "告知诉讼风险",
                List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周")),
            STAFF));
  }

  private void agree(MediationCaseId id) {
    LocalDate today = LocalDate.of(2026, 11, 25);
    mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id,
            new ConcludeMediationUseCase.Outcome.Agreement(
                new MediationAgreement(
                    List.of("张三", "丽水某建筑有限公司"),
                    "欠薪",
                    "欠薪金额",
                    "公司承担",
                    List.of(
                        new MediationAgreement.Obligation(
                            "丽水某建筑有限公司", "支付 18000 元", "转账", "青田县", today.plusDays(15))),
                    false,
                    Set.of("张三", "丽水某建筑有限公司", "调解员陈"),
                    "调解员陈",
                    true,
                    today)),
            STAFF));
  }

  private void fail(MediationCaseId id) {
    mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id, new ConcludeMediationUseCase.Outcome.Failure("分歧过大", "仲裁或诉讼"), STAFF));
  }

  private void close(MediationCaseId id) {
    mediation.close(new CloseMediationUseCase.Command(id, STAFF));
  }

  /** Answers dissatisfied to the latest follow-up of the matter and reopens it. */
  private void dissatisfiedReopen(RegistrationNumber n) {
    FollowUpId id = new FollowUpId(n, in.matter(n).reopenCount() + 1);
    followUp.record(
        new RecordSurveyUseCase.Command(
            id, "张三", SurveyMethod.PHONE, Satisfaction.DISSATISFIED, "未履行", STAFF));
    followUp.reopen(new ConcludeFollowUpUseCase.Reopen(id, "协议未履行", STAFF));
  }

  /** A labour dispute mediated to agreement, closed, and reopened by a dissatisfied party. */
  private RegistrationNumber reopenedDispute() {
    RegistrationNumber n = in.registerComplete("dispute.labour");
    in.review(n);
    MediationCaseId first = open(n);
    inSession(first);
    agree(first);
    close(first);
    clock.advance(Duration.ofDays(3));
    dissatisfiedReopen(n);
    return n;
  }

  private SupervisionFile file(RegistrationNumber n) {
    return supervision.file(n.toString());
  }

  private SupervisionAction lastAction(RegistrationNumber n) {
    return in.events.published(SupervisionEvent.class).stream()
        .filter(e -> e.subject().equals(n.toString()))
        .reduce((a, b) -> b)
        .orElseThrow()
        .action();
  }

  private void assertCompletedAndClosed(RegistrationNumber n) {
    assertThat(in.matter(n).state()).isEqualTo(MatterState.CLOSED);
    assertThat(file(n).state()).isEqualTo(SupervisionState.COMPLETED);
    assertThat(file(n).clocks()).noneMatch(StepClock::isRunning);
  }

  @Nested
  @DisplayName("a reopened dispute")
  class ReopenedDispute {

    @Test
    @DisplayName("waits in progress with a fresh handling period until its new handling")
    void waits_in_progress() {
      RegistrationNumber n = reopenedDispute();
      assertThat(in.matter(n).state()).isEqualTo(MatterState.IN_HANDLING);
      assertThat(file(n).state()).isEqualTo(SupervisionState.IN_PROGRESS);
      assertThat(file(n).running(org.db3311.sgc.core.supervision.Step.HANDLING)).isPresent();
    }

    @Test
    @DisplayName("found unsuitable on its second attempt: closed, file concluded")
    void second_attempt_unsuitable() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      assess(second, false);
      close(second);
      assertCompletedAndClosed(n);
      assertThat(lastAction(n)).isEqualTo(SupervisionAction.CONCLUDE);
      assertThat(file(n).clocks())
          .filteredOn(c -> c.step() == org.db3311.sgc.core.supervision.Step.HANDLING)
          .last()
          .satisfies(c -> assertThat(c.met()).isTrue());
    }

    @Test
    @DisplayName("consent refused on its second attempt: closed, file concluded")
    void second_attempt_declined() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      assess(second, true);
      consent(second, false);
      close(second);
      assertCompletedAndClosed(n);
      assertThat(lastAction(n)).isEqualTo(SupervisionAction.CONCLUDE);
    }

    @Test
    @DisplayName("paused while waiting on the applicant, then declined: the file still completes")
    void second_attempt_declined_while_paused() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      supervision.record(
          new TrackProgressUseCase.Command(
              n.toString(), new TrackProgressUseCase.Progress.Pause("等待申请人补充证据"), STAFF));
      assess(second, true);
      consent(second, false);
      close(second);
      assertCompletedAndClosed(n);
    }

    @Test
    @DisplayName("agreed on its second attempt: handled, then completed")
    void second_attempt_agreed() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      inSession(second);
      assertThat(file(n).state()).isEqualTo(SupervisionState.IN_PROGRESS);
      agree(second);
      assertThat(file(n).state()).as("waiting for completion").isEqualTo(SupervisionState.HANDLED);
      close(second);
      assertCompletedAndClosed(n);
      assertThat(lastAction(n)).isEqualTo(SupervisionAction.COMPLETE);
    }

    @Test
    @DisplayName("failed on its second attempt and closed: completed")
    void second_attempt_failed() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      inSession(second);
      fail(second);
      close(second);
      assertCompletedAndClosed(n);
    }

    @Test
    @DisplayName("failed and referred to online filing on its second attempt: completed")
    void second_attempt_referred() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      inSession(second);
      fail(second);
      mediation.refer(new ReferToLitigationUseCase.Command(second, STAFF));
      close(second);
      assertCompletedAndClosed(n);
    }

    @Test
    @DisplayName("its second follow-up concluded: the file stays completed")
    void second_follow_up_concluded() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      assess(second, false);
      close(second);
      FollowUpId round2 = new FollowUpId(n, 2);
      followUp.conclude(new ConcludeFollowUpUseCase.Conclude(round2, STAFF));
      assertThat(followUp.followUp(round2).state()).isEqualTo(FollowUpState.CONCLUDED);
      assertCompletedAndClosed(n);
    }

    @Test
    @DisplayName("reopened twice: each round ends completed")
    void reopened_twice() {
      RegistrationNumber n = reopenedDispute();
      MediationCaseId second = open(n);
      assess(second, false);
      close(second);
      dissatisfiedReopen(n);
      assertThat(file(n).state()).isEqualTo(SupervisionState.IN_PROGRESS);
      MediationCaseId third = open(n);
      assess(third, true);
      consent(third, false);
      close(third);
      assertCompletedAndClosed(n);
      assertThat(third.attempt()).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("a dispute never routed to a unit")
  class NeverRouted {

    @Test
    @DisplayName("unsuitable, declined, reopened and unsuitable again: never under supervision")
    void no_file() {
      RegistrationNumber n = in.registerComplete("dispute.neighbour");
      in.review(n);
      MediationCaseId first = open(n);
      assess(first, true);
      consent(first, false);
      close(first);
      assertThat(supervision.isSupervised(n.toString())).isFalse();
      dissatisfiedReopen(n);
      assertThat(supervision.isSupervised(n.toString())).isFalse();
      MediationCaseId second = open(n);
      assess(second, false);
      close(second);
      assertThat(supervision.isSupervised(n.toString())).isFalse();
      assertThat(in.matter(n).state()).isEqualTo(MatterState.CLOSED);
    }

    @Test
    @DisplayName("routed on the second attempt: a file is opened then, and completes")
    void routed_on_the_second_attempt() {
      RegistrationNumber n = in.registerComplete("dispute.neighbour");
      in.review(n);
      MediationCaseId first = open(n);
      assess(first, false);
      close(first);
      dissatisfiedReopen(n);
      MediationCaseId second = open(n);
      inSession(second);
      agree(second);
      close(second);
      assertCompletedAndClosed(n);
    }
  }

  @Nested
  @Implements({"6.2.1.3", "6.2.1.4.2"})
  @DisplayName(
      "a matter reopened directly, not through its follow-up, is reopened under supervision")
  class ReopenedDirectly {

    private void reopenDirectly(RegistrationNumber n) {
      in.intake.reopen(new ReopenMatterUseCase.Command(n, "县领导批示重新办理", STAFF));
    }

    @Test
    @DisplayName(
        "a dispute: its file waits in progress with a fresh handling period, then completes")
    void dispute() {
      RegistrationNumber n = in.registerComplete("dispute.labour");
      in.review(n);
      MediationCaseId first = open(n);
      inSession(first);
      agree(first);
      close(first);
      clock.advance(Duration.ofDays(3));

      reopenDirectly(n);

      assertThat(in.matter(n).state()).isEqualTo(MatterState.IN_HANDLING);
      assertThat(file(n).state()).isEqualTo(SupervisionState.IN_PROGRESS);
      assertThat(lastAction(n)).isEqualTo(SupervisionAction.REOPEN);
      assertThat(file(n).running(org.db3311.sgc.core.supervision.Step.HANDLING))
          .map(StepClock::startedAt)
          .contains(clock.instant());
      MediationCaseId second = open(n);
      inSession(second);
      agree(second);
      close(second);
      assertCompletedAndClosed(n);
    }

    @Test
    @Implements("6.3.1.3")
    @DisplayName("an archived event: handled, reviewed, reported and archived again")
    void archived_event() {
      RegistrationNumber n = closedEvent();
      step(n, new Step.Review(review()));
      step(n, new Step.ReportResult("已上报"));
      step(n, new Step.Archive());

      reopenDirectly(n);

      handleAgainToArchive(n);
    }

    @Test
    @DisplayName("a reopening seen again after the matter closed again does not reopen the file")
    void redelivered_reopening() {
      RegistrationNumber n = closedEvent();
      reopenDirectly(n);
      MatterEvent reopening =
          in.events.published(MatterEvent.class).stream()
              .filter(e -> e.number().equals(n) && e.action() == MatterAction.REOPEN)
              .findFirst()
              .orElseThrow();
      followUp.onMatterEvent(reopening);
      assertThat(
              in.events.published(SupervisionEvent.class).stream()
                  .filter(e -> e.action() == SupervisionAction.REOPEN))
          .as("reopened once")
          .hasSize(1);
      step(n, new Step.ReportHandled("再次修复"));
      step(n, new Step.Close(new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已加固")));

      followUp.onMatterEvent(reopening);

      assertThat(in.matter(n).state()).isEqualTo(MatterState.CLOSED);
      assertThat(file(n).state()).isEqualTo(SupervisionState.COMPLETED);
      assertThat(lastAction(n)).isEqualTo(SupervisionAction.COMPLETE);
    }

    @Test
    @DisplayName("a follow-up cannot reopen a matter already reopened; it stays as it was")
    void follow_up_after_a_direct_reopening() {
      RegistrationNumber n = closedEvent();
      FollowUpId id = new FollowUpId(n, 1);
      followUp.record(
          new RecordSurveyUseCase.Command(
              id, "李四", SurveyMethod.VISIT, Satisfaction.DISSATISFIED, "护栏又坏", STAFF));
      reopenDirectly(n);

      assertThatThrownBy(
              () -> followUp.reopen(new ConcludeFollowUpUseCase.Reopen(id, "护栏再次损坏", STAFF)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("state IN_HANDLING");

      assertThat(followUp.followUp(id).state()).isEqualTo(FollowUpState.DISSATISFIED);
      assertThat(file(n).state()).isEqualTo(SupervisionState.IN_PROGRESS);
    }
  }

  // --- events ---------------------------------------------------------------------------------

  private void step(RegistrationNumber n, Step s) {
    events.handle(new HandleEventUseCase.Command(n, s, STAFF));
  }

  private RegistrationNumber closedEvent() {
    RegistrationNumber n =
        in.register(
                Registration.atWindow(
                    List.of(MatterParty.applicant(IntakeFixtures.LI)),
                    "event.safety_hazard",
                    Place.of("331121", "温溪镇", "温溪镇某桥"),
                    "桥梁护栏损坏",
                    IntakeFixtures.ALL_MATERIALS))
            .number();
    in.review(n);
    events.receive(new ReceiveEventUseCase.Command(n, STAFF));
    events.triage(new TriageEventUseCase.Command(n, TriageFacts.single(WENXI), STAFF));
    step(n, new Step.SignFor());
    step(n, new Step.ReportHandled("已修复"));
    step(n, new Step.Close(new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已修复")));
    return n;
  }

  private static EventReview review() {
    return new EventReview("处置及时", List.of("加强巡查"), "中心主任");
  }

  /** Handles a reopened event again through to its archive; the file completes, review met. */
  private void handleAgainToArchive(RegistrationNumber n) {
    assertThat(events.event(n).state()).isEqualTo(EventState.IN_HANDLING);
    assertThat(in.matter(n).state()).isEqualTo(MatterState.IN_HANDLING);
    assertThat(file(n).state())
        .as("waiting for the new handling")
        .isEqualTo(SupervisionState.IN_PROGRESS);
    step(n, new Step.ReportHandled("再次修复"));
    assertThat(file(n).state()).isEqualTo(SupervisionState.HANDLED);
    step(n, new Step.Close(new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已加固")));
    assertThat(file(n).state()).isEqualTo(SupervisionState.COMPLETED);
    assertThat(file(n).running(org.db3311.sgc.core.supervision.Step.REVIEW))
        .as("a new review is due")
        .isPresent();
    step(n, new Step.Review(review()));
    step(n, new Step.ReportResult("已上报处置结果"));
    step(n, new Step.Archive());
    assertThat(events.event(n).state()).isEqualTo(EventState.ARCHIVED);
    assertCompletedAndClosed(n);
  }

  @Nested
  @Implements("6.3.1.3")
  @DisplayName("a reopened event is handled, reviewed and reported again before it is archived")
  class ReopenedEvent {

    @Test
    void reopened_when_closed() {
      RegistrationNumber n = closedEvent();
      dissatisfiedReopenEvent(n);
      handleAgainToArchive(n);
    }

    @Test
    void reopened_when_reviewed() {
      RegistrationNumber n = closedEvent();
      step(n, new Step.Review(review()));
      dissatisfiedReopenEvent(n);
      handleAgainToArchive(n);
    }

    @Test
    void reopened_when_result_reported() {
      RegistrationNumber n = closedEvent();
      step(n, new Step.Review(review()));
      step(n, new Step.ReportResult("已上报"));
      dissatisfiedReopenEvent(n);
      handleAgainToArchive(n);
    }

    @Test
    void reopened_when_archived() {
      RegistrationNumber n = closedEvent();
      step(n, new Step.Review(review()));
      step(n, new Step.ReportResult("已上报"));
      step(n, new Step.Archive());
      dissatisfiedReopenEvent(n);
      handleAgainToArchive(n);
      assertThat(results.about(n.toString()))
          .extracting(r -> r.handling().getLast())
          .as("the result was reported up again")
          .containsExactly("已修复", "再次修复");
    }
  }

  private void dissatisfiedReopenEvent(RegistrationNumber n) {
    FollowUpId id = new FollowUpId(n, in.matter(n).reopenCount() + 1);
    followUp.record(
        new RecordSurveyUseCase.Command(
            id, "李四", SurveyMethod.VISIT, Satisfaction.DISSATISFIED, "护栏又坏", STAFF));
    followUp.reopen(new ConcludeFollowUpUseCase.Reopen(id, "护栏再次损坏", STAFF));
  }
}
