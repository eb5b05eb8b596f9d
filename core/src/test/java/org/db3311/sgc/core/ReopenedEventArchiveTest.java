package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.db3311.sgc.core.archive.ArchivingService;
import org.db3311.sgc.core.archive.ElectronicFileAssembler;
import org.db3311.sgc.core.archive.InMemoryArchiveStore;
import org.db3311.sgc.core.archive.RecordType;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.casefacts.CaseFactProjection;
import org.db3311.sgc.core.casefacts.CaseFileRecords;
import org.db3311.sgc.core.casefacts.InMemoryMatterTraceRepository;
import org.db3311.sgc.core.casefacts.PersonKeyer;
import org.db3311.sgc.core.casefacts.ProjectionSettings;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventAction;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.GovernanceEventChanged;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase.Command;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase.Step;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.followup.ConcludeFollowUpUseCase;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.FollowUpService;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An archived social-governance event reopened by a dissatisfied follow-up is handled, reviewed,
 * reported and archived again: every change carries its handling round, and the analysis projection
 * seals the second round's electronic file as {@code <number>/R2} only once the second round was
 * archived, with the second review in it.
 */
@Implements({"6.3.1.3", "6.2.1.4.2"})
class ReopenedEventArchiveTest {

  private static final Actor STAFF = Actor.of("staff-1", "中心工作人员");
  private static final UnitId WENXI = UnitId.of("wenxi-town");

  private final IntakeFixtures in = new IntakeFixtures();
  private final MutableClock clock = in.clock;
  private final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  private final HolidayTableCalendar calendar = new HolidayTableCalendar();
  private final SupervisionService supervision =
      new SupervisionService(
          new InMemorySupervisionFileRepository(), calendar, notifier, in.events, in.audit, clock);
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
  private final InMemoryArchiveStore archive = new InMemoryArchiveStore();
  private final CaseFactProjection projection =
      new CaseFactProjection(
          new InMemoryCaseFactSource(),
          new InMemoryMatterTraceRepository(),
          new ArchivingService(
              new ElectronicFileAssembler(
                  CaseFileRecords.completeness(CategoryTaxonomy.defaults()), MutableClock.ZONE),
              archive,
              in.events,
              in.audit,
              clock),
          in.audit,
          ProjectionSettings.of(
              calendar,
              MutableClock.ZONE,
              new PersonKeyer("county-331121-test-secret".getBytes(StandardCharsets.UTF_8))));

  ReopenedEventArchiveTest() {
    in.events.subscribe(MatterEvent.class, followUp::onMatterEvent);
    in.events.subscribe(MatterEvent.class, events::onMatterEvent);
    in.events.subscribe(DomainEvent.class, projection::on);
  }

  private void step(RegistrationNumber n, Step s) {
    clock.advance(Duration.ofHours(1));
    events.handle(new Command(n, s, STAFF));
  }

  private void handleToArchive(RegistrationNumber n, String handled, String assessment) {
    step(n, new Step.ReportHandled(handled));
    step(n, new Step.Close(new MatterResult(MatterResult.Outcome.RESOLVED, handled)));
    step(n, new Step.Review(new EventReview(assessment, List.of("加强巡查"), "中心主任")));
    step(n, new Step.ReportResult("上报：" + handled));
    step(n, new Step.Archive());
  }

  private static String contentOf(SealedFile file, RecordType type) {
    return file.records().stream()
        .filter(r -> r.record().type() == type)
        .map(r -> new String(r.record().content(), StandardCharsets.UTF_8))
        .reduce("", String::concat);
  }

  @Test
  @DisplayName(
      "reopened after its archive: round 2 is told apart and sealed as /R2 after its own archive")
  void the_second_round_is_sealed_as_r2() {
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
    handleToArchive(n, "护栏已修复", "首轮处置及时");
    assertThat(archive.find(n.toString())).as("round 1 sealed").isPresent();

    FollowUpId first = new FollowUpId(n, 1);
    followUp.record(
        new RecordSurveyUseCase.Command(
            first, "李四", SurveyMethod.VISIT, Satisfaction.DISSATISFIED, "护栏又坏", STAFF));
    followUp.reopen(new ConcludeFollowUpUseCase.Reopen(first, "护栏再次损坏", STAFF));
    assertThat(events.event(n).round()).isEqualTo(2);

    step(n, new Step.ReportHandled("护栏已加固"));
    step(n, new Step.Close(new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已加固")));
    step(n, new Step.Review(new EventReview("二轮处置到位", List.of("建立巡查台账"), "中心主任")));
    step(n, new Step.ReportResult("上报：护栏已加固"));
    assertThat(archive.find(n + "/R2"))
        .as("not before the second round is archived (6.3.1.3)")
        .isEmpty();
    step(n, new Step.Archive());

    List<GovernanceEventChanged> changes =
        in.events.published(GovernanceEventChanged.class).stream()
            .filter(e -> e.matter().equals(n))
            .toList();
    assertThat(changes)
        .filteredOn(e -> e.action() == EventAction.ARCHIVE)
        .extracting(GovernanceEventChanged::round)
        .containsExactly(1, 2);
    assertThat(changes)
        .filteredOn(e -> e.action() == EventAction.REOPEN)
        .extracting(GovernanceEventChanged::round)
        .as("the reopening starts round 2")
        .containsExactly(2);
    assertThat(results.about(n.toString()))
        .extracting(r -> r.reportId())
        .containsExactly(n + "/R1", n + "/R2");

    SealedFile second = archive.find(n + "/R2").orElseThrow();
    assertThat(contentOf(second, RecordType.REVIEW)).contains("二轮处置到位");
    assertThat(contentOf(archive.find(n.toString()).orElseThrow(), RecordType.REVIEW))
        .as("the first file is never replaced")
        .contains("首轮处置及时")
        .doesNotContain("二轮处置到位");
    assertThat(archive.find(n + "/R3")).isEmpty();
  }

  @Test
  @DisplayName(
      "a reopened matter's file is not sealed on an earlier round's archive, whatever the order of delivery")
  void the_second_round_waits_for_its_own_archive_when_events_arrive_late() {
    the_second_round_is_sealed_as_r2();
    // the same history delivered to a fresh projection with every governance-event change late
    List<DomainEvent> log = new java.util.ArrayList<>();
    in.events.published(DomainEvent.class).stream()
        .filter(e -> !(e instanceof GovernanceEventChanged))
        .forEach(log::add);
    in.events.published(GovernanceEventChanged.class).forEach(log::add);
    InMemoryArchiveStore lateArchive = new InMemoryArchiveStore();
    CaseFactProjection late =
        new CaseFactProjection(
            new InMemoryCaseFactSource(),
            new InMemoryMatterTraceRepository(),
            new ArchivingService(
                new ElectronicFileAssembler(
                    CaseFileRecords.completeness(CategoryTaxonomy.defaults()), MutableClock.ZONE),
                lateArchive,
                new org.db3311.sgc.core.common.InMemoryDomainEventPublisher(),
                new org.db3311.sgc.core.common.InMemoryAuditTrail(),
                clock),
            in.audit,
            ProjectionSettings.of(
                calendar,
                MutableClock.ZONE,
                new PersonKeyer("county-331121-test-secret".getBytes(StandardCharsets.UTF_8))));

    late.replay(log);

    RegistrationNumber n = in.events.published(GovernanceEventChanged.class).getFirst().matter();
    SealedFile second = lateArchive.find(n + "/R2").orElseThrow();
    assertThat(contentOf(second, RecordType.REVIEW))
        .as("sealed with the second round's review, not the first's")
        .contains("二轮处置到位")
        .doesNotContain("首轮处置及时");
  }
}
