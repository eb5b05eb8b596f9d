package org.db3311.sgc.core.supervisionfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SubmitMaterialsUseCase;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.InMemoryOnlineFilingGateway;
import org.db3311.sgc.core.mediation.InMemoryVideoRoomProvider;
import org.db3311.sgc.core.mediation.MediationAction;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationConfiguration;
import org.db3311.sgc.core.mediation.MediationEvent;
import org.db3311.sgc.core.mediation.MediationService;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.Step;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionAction;
import org.db3311.sgc.core.supervision.SupervisionEvent;
import org.db3311.sgc.core.supervision.SupervisionOverview;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every accepted matter is supervised from acceptance to closure and shows in the unified view at
 * every stage, driven through intake's, mediation's and event handling's real services over
 * in-memory adapters, with the supervision feed subscribed to their events.
 */
@Implements({"6.2.1.3", "8.2.4"})
class SupervisionFromAcceptanceTest {

  private static final Actor STAFF = Actor.of("staff-1", "中心工作人员");
  private static final UnitId CENTER = UnitId.of("center-dispatch");
  private static final UnitId HECHENG = UnitId.of("hecheng-mediation-committee");
  private static final UnitId WENXI = UnitId.of("wenxi-town");

  private final IntakeFixtures in = new IntakeFixtures();
  private final MutableClock clock = in.clock;
  private final HolidayTableCalendar calendar = new HolidayTableCalendar();
  private final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
  private final SupervisionService supervision =
      new SupervisionService(
          files, calendar, new InMemoryNotifier(clock), in.events, in.audit, clock);
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
          new InMemoryNotifier(clock),
          new InMemoryOnlineFilingGateway(),
          calendar,
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
  private final SupervisionFeed feed = new SupervisionFeed(supervision, CENTER);

  SupervisionFromAcceptanceTest() {
    feed.subscribeTo(in.events);
  }

  private SupervisionOverview view() {
    return supervision.overview(clock.instant());
  }

  private SupervisionState state(RegistrationNumber n) {
    return supervision.file(n.toString()).state();
  }

  private MediationCaseId openMediation(RegistrationNumber n) {
    return mediation.open(new OpenMediationUseCase.Command(n, STAFF));
  }

  private void assess(MediationCaseId id, boolean suitable) {
    mediation.assess(new AssessSuitabilityUseCase.Command(id, suitable, "理由", STAFF));
  }

  private void consent(MediationCaseId id, boolean second) {
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, STAFF));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, second, true, STAFF));
  }

  private RegistrationNumber withoutApplication(String category) {
    return in.register(
            IntakeFixtures.windowRegistration(
                IntakeFixtures.ZHANG,
                category,
                List.of(
                    new Material.Submitted(MaterialKind.ID_CARD, "身份证复印件"),
                    new Material.Submitted(MaterialKind.REGISTRATION_FORM, "纠纷登记表"))))
        .number();
  }

  private void supplyApplication(RegistrationNumber n) {
    in.intake.submit(
        new SubmitMaterialsUseCase.Command(
            n,
            List.of(new Material.Submitted(MaterialKind.APPLICATION, "调解申请书")),
            IntakeFixtures.CLERK));
  }

  @Test
  @DisplayName("6.2.1.3 中心应对受理的矛盾纠纷进行督查督办: a dispute is supervised from acceptance")
  void a_dispute_is_in_the_view_from_acceptance_at_every_stage() {
    RegistrationNumber n = in.registerComplete("dispute.neighbour");
    assertThat(supervision.isSupervised(n.toString())).isFalse();
    in.review(n);
    assertThat(state(n)).isEqualTo(SupervisionState.ACCEPTED);
    assertThat(view().leading(CENTER).inState(SupervisionState.ACCEPTED)).isEqualTo(1);
    assertThat(view().leading(CENTER).pending()).isEqualTo(1);

    MediationCaseId id = openMediation(n);
    assertThat(view().leading(CENTER).inState(SupervisionState.AWAITING_SUITABILITY)).isEqualTo(1);
    assess(id, true);
    assertThat(view().leading(CENTER).inState(SupervisionState.AWAITING_CONSENT)).isEqualTo(1);
    consent(id, true);
    mediation.route(new RouteMediationUseCase.Command(id, STAFF));
    assertThat(state(n)).isEqualTo(SupervisionState.ASSIGNED);
    assertThat(view().leading(HECHENG).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
    assertThat(view().leading(CENTER).matters()).isZero();
    assertThat(view().total().matters()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "8.2.4 a dispute found unsuitable, or declined, is pending at the center until closed")
  void unsuitable_and_declined_disputes_are_pending_at_the_center_until_closed() {
    RegistrationNumber unsuitable = in.registerComplete("dispute.neighbour");
    in.review(unsuitable);
    MediationCaseId u = openMediation(unsuitable);
    assess(u, false);
    RegistrationNumber declined = in.registerComplete("dispute.neighbour");
    in.review(declined);
    MediationCaseId d = openMediation(declined);
    assess(d, true);
    consent(d, false);

    SupervisionOverview v = view();
    assertThat(v.leading(CENTER).inState(SupervisionState.UNSUITABLE)).isEqualTo(1);
    assertThat(v.leading(CENTER).inState(SupervisionState.CONSENT_DECLINED)).isEqualTo(1);
    assertThat(v.leading(CENTER).pending()).isEqualTo(2);

    mediation.close(new CloseMediationUseCase.Command(u, STAFF));
    mediation.close(new CloseMediationUseCase.Command(d, STAFF));
    assertThat(state(unsuitable)).isEqualTo(SupervisionState.COMPLETED);
    assertThat(state(declined)).isEqualTo(SupervisionState.COMPLETED);
    assertThat(view().leading(CENTER).completed()).isEqualTo(2);
    assertThat(supervision.file(unsuitable.toString()).clocks()).noneMatch(StepClock::isRunning);
  }

  @Test
  @DisplayName("8.2.4 an accepted event waiting to be triaged is pending at the center")
  void an_untriaged_event_is_pending_at_the_center() {
    RegistrationNumber n = in.registerComplete("event.public_demand");
    in.review(n);
    events.receive(new ReceiveEventUseCase.Command(n, STAFF));
    assertThat(view().leading(CENTER).inState(SupervisionState.UNTRIAGED)).isEqualTo(1);
    events.triage(new TriageEventUseCase.Command(n, TriageFacts.single(WENXI), STAFF));
    assertThat(view().leading(WENXI).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
    assertThat(view().leading(CENTER).matters()).isZero();
  }

  @Test
  @DisplayName("8.2.4 a matter awaiting supplement runs the applicant's clock, shown apart")
  void awaiting_supplement_is_the_applicants_clock_shown_apart() {
    RegistrationNumber n = withoutApplication("dispute.neighbour");
    var requestedAt = clock.instant();
    in.review(n);
    SupervisionOverview v = view();
    assertThat(v.awaitingApplicant())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.subject()).isEqualTo(n.toString());
              assertThat(c.since()).isEqualTo(requestedAt);
            });
    assertThat(v.leading(CENTER).pending()).as("not the center's to do").isZero();
    assertThat(v.leading(CENTER).inState(SupervisionState.AWAITING_SUPPLEMENT)).isEqualTo(1);
    assertThat(supervision.file(n.toString()).clocks()).as("no clock of the center").isEmpty();

    clock.advance(java.time.Duration.ofDays(2));
    supplyApplication(n);
    assertThat(view().awaitingApplicant()).isEmpty();
    assertThat(view().leading(CENTER).inState(SupervisionState.AWAITING_DECISION)).isEqualTo(1);
    in.review(n);
    assertThat(state(n)).isEqualTo(SupervisionState.ACCEPTED);
    assertThat(supervision.file(n.toString()).running(Step.HANDLING)).isPresent();
  }

  @Test
  @DisplayName("劳动争议调解仲裁法 art 14: labour mediation runs 15 days from receiving the application")
  void labour_mediation_runs_from_receipt_other_disputes_from_acceptance() {
    // received Wednesday 25 November 2026, accepted Tuesday 1 December after a supplement
    RegistrationNumber labour = withoutApplication("dispute.labour");
    RegistrationNumber neighbour = withoutApplication("dispute.neighbour");
    in.review(labour);
    in.review(neighbour);
    clock.set("2026-12-01T09:30:00");
    supplyApplication(labour);
    supplyApplication(neighbour);
    in.review(labour);
    in.review(neighbour);

    StepClock handling = supervision.file(labour.toString()).running(Step.HANDLING).orElseThrow();
    assertThat(handling.deadline().start()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(handling.deadline().dueDate(calendar)).isEqualTo(LocalDate.of(2026, 12, 10));
    StepClock other = supervision.file(neighbour.toString()).running(Step.HANDLING).orElseThrow();
    assertThat(other.deadline().start()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  @DisplayName(
      "across the year boundary: received in December, accepted in January, counted from receipt")
  void labour_mediation_counts_from_receipt_across_the_year_boundary() {
    clock.set("2026-12-28T10:00:00");
    RegistrationNumber labour = withoutApplication("dispute.labour");
    RegistrationNumber neighbour = withoutApplication("dispute.neighbour");
    in.review(labour);
    in.review(neighbour);
    clock.set("2027-01-05T09:00:00");
    supplyApplication(labour);
    supplyApplication(neighbour);
    in.review(labour);
    in.review(neighbour);
    assertThat(supervision.file(labour.toString()).running(Step.HANDLING).orElseThrow().deadline())
        .satisfies(
            d -> {
              assertThat(d.start()).isEqualTo(LocalDate.of(2026, 12, 28));
              assertThat(d.rule().limit()).isEqualTo(TimeLimit.days(15));
            });
    assertThat(
            supervision
                .file(neighbour.toString())
                .running(Step.HANDLING)
                .orElseThrow()
                .deadline()
                .start())
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  @DisplayName("the handling period runs from acceptance: routing to a unit does not restart it")
  void routing_keeps_the_handling_period_from_acceptance() {
    RegistrationNumber n = in.registerComplete("dispute.neighbour");
    in.review(n);
    LocalDate accepted = LocalDate.ofInstant(clock.instant(), MutableClock.ZONE);
    clock.advance(java.time.Duration.ofDays(3));
    MediationCaseId id = openMediation(n);
    assess(id, true);
    consent(id, true);
    mediation.route(new RouteMediationUseCase.Command(id, STAFF));
    assertThat(
            supervision.file(n.toString()).running(Step.HANDLING).orElseThrow().deadline().start())
        .isEqualTo(accepted);
    assertThat(supervision.file(n.toString()).running(Step.SIGN_FOR)).isPresent();
  }

  @Test
  @DisplayName("a redelivered event opens nothing twice and moves nothing back")
  void redelivered_events_change_nothing() {
    RegistrationNumber n = in.registerComplete("dispute.neighbour");
    in.review(n);
    MediationCaseId id = openMediation(n);
    assess(id, true);
    var file = supervision.file(n.toString());
    var version = file.version();
    int published = in.events.published(SupervisionEvent.class).size();

    MatterEvent accepted =
        in.events.published(MatterEvent.class).stream()
            .filter(e -> e.action() == MatterAction.ACCEPT)
            .findFirst()
            .orElseThrow();
    MediationEvent opened =
        in.events.published(MediationEvent.class).stream()
            .filter(e -> e.action() == MediationAction.OPEN)
            .findFirst()
            .orElseThrow();
    feed.onMatterEvent(accepted);
    feed.onMediationEvent(opened);
    in.events.published(MediationEvent.class).forEach(feed::onMediationEvent);

    assertThat(supervision.file(n.toString()).version()).isEqualTo(version);
    assertThat(state(n)).isEqualTo(SupervisionState.AWAITING_CONSENT);
    assertThat(in.events.published(SupervisionEvent.class)).hasSize(published);
    assertThat(
            in.events.published(SupervisionEvent.class).stream()
                .filter(e -> e.action() == SupervisionAction.OPEN))
        .hasSize(1);
  }
}
