package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.archive.InMemoryArchiveStore;
import org.db3311.sgc.core.archive.filing.FilingPolicy;
import org.db3311.sgc.core.archive.filing.InMemoryVolumeStore;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.casefacts.InMemoryMatterTraceRepository;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemoryOutbox;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.InMemoryEmergencyHeadquarters;
import org.db3311.sgc.core.emergency.InMemoryIncidentRepository;
import org.db3311.sgc.core.epidemic.InMemoryEpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.InMemoryEpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.InMemoryExerciseLog;
import org.db3311.sgc.core.epidemic.ModePolicy;
import org.db3311.sgc.core.epidemic.RegularityPolicy;
import org.db3311.sgc.core.evaluation.InMemoryPublishedFigureStore;
import org.db3311.sgc.core.evaluation.MetricDefinitions;
import org.db3311.sgc.core.evaluation.feedback.InMemoryFeedbackRepository;
import org.db3311.sgc.core.evaluation.improvement.InMemoryCorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.InMemoryRecheckBoard;
import org.db3311.sgc.core.evaluation.staff.InMemoryStaffRecords;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryCountyCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryDutyRosterRepository;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.guidance.InMemoryGuidanceTaskRepository;
import org.db3311.sgc.core.guidance.InMemorySupervisionNotifier;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.InMemoryMatterRepository;
import org.db3311.sgc.core.intake.InMemorySourcePlatformGateway;
import org.db3311.sgc.core.intake.IntakeConfiguration;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.InMemoryOnlineFilingGateway;
import org.db3311.sgc.core.mediation.InMemoryVideoRoomProvider;
import org.db3311.sgc.core.mediation.MediationConfiguration;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.onward.InMemoryOnwardReferralRepository;
import org.db3311.sgc.core.onward.OnwardClocks;
import org.db3311.sgc.core.reception.InMemoryReceptionRepository;
import org.db3311.sgc.core.reception.ReceptionSchedule;
import org.db3311.sgc.core.risk.InMemoryDailyCollectionStore;
import org.db3311.sgc.core.risk.InMemoryMissedReportLog;
import org.db3311.sgc.core.risk.ReportSchedule;
import org.db3311.sgc.core.risk.RiskReportSettings;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.warning.InMemoryWarningPublisher;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.db3311.sgc.core.warning.OwnerPolicy;
import org.db3311.sgc.core.warning.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The composition root takes every port it is given and wires casework's reactions. */
class GovernanceCenterEdgesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final DivisionCode QINGTIAN = new DivisionCode("331121");
  private static final Actor CLERK = new Actor("clerk-1", "窗口人员");
  private static final UnitId RISK_DESK = UnitId.of("risk-desk");

  private final WorkingCalendar calendar = new HolidayTableCalendar();
  private final InMemoryMatterRepository matters = new InMemoryMatterRepository();
  private final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
  private final InMemorySourcePlatformGateway platforms = new InMemorySourcePlatformGateway(CLOCK);

  /** A center given every port and setting the builder takes, each a fresh one the test holds. */
  private GovernanceCenter everyPortGiven() {
    return GovernanceCenter.builder(QINGTIAN, CLOCK)
        .unitOfWork(new InMemoryUnitOfWork())
        .outbox(new InMemoryOutbox())
        .auditTrail(new InMemoryAuditTrail())
        .sequences(new InMemorySequenceGenerator())
        .notifier(new InMemoryNotifier(CLOCK))
        .calendar(calendar)
        .matters(matters)
        .supervisionFiles(files)
        .mediationCases(new InMemoryMediationCaseRepository())
        .onwardReferrals(new InMemoryOnwardReferralRepository())
        .governanceEvents(new InMemoryGovernanceEventRepository())
        .dutyRosters(new InMemoryDutyRosterRepository())
        .followUps(new InMemoryFollowUpRepository())
        .receptions(new InMemoryReceptionRepository())
        .videoRooms(new InMemoryVideoRoomProvider())
        .onlineFiling(new InMemoryOnlineFilingGateway())
        .cityCenter(new InMemoryCityCenterGateway())
        .countyCenters(new InMemoryCountyCenterGateway())
        .resultReporter(new InMemoryResultReporter())
        .sourcePlatforms(platforms)
        .intakeConfiguration(new IntakeConfiguration(QINGTIAN))
        .mediationConfiguration(
            new MediationConfiguration(
                RoutingTable.defaults(Map.of(), UnitId.of("county-mediation-committee")),
                QINGTIAN,
                "中心调解室"))
        .eventConfiguration(
            new EventHandlingConfiguration(QINGTIAN, UnitId.of("city-governance-center")))
        .onwardClocks(OnwardClocks.defaults())
        .receptionSchedule(ReceptionSchedule.defaults())
        .standingDutyLeader(new DutyLeader("duty-fallback", "值班总值守"))
        .caseFacts(new InMemoryCaseFactSource())
        .matterTraces(new InMemoryMatterTraceRepository())
        .warnings(new InMemoryWarningRepository())
        .warningPublisher(new InMemoryWarningPublisher())
        .warningOwners(new OwnerPolicy(RISK_DESK, Map.of()))
        .autoPublishFrom(WarningLevel.ORANGE)
        .incidents(new InMemoryIncidentRepository())
        .headquarters(new InMemoryEmergencyHeadquarters("县应急指挥部", List.of()))
        .epidemicCases(new InMemoryEpidemicCaseRepository())
        .epidemicCommand(new InMemoryEpidemicCommandRepository())
        .peacetime(ModePolicy.peacetime(Map.of(), UnitId.of("county-health")))
        .wartime(ModePolicy.wartime(UnitId.of("epidemic-command")))
        .guidanceTasks(new InMemoryGuidanceTaskRepository())
        .supervisionNotifier(new InMemorySupervisionNotifier())
        .feedback(new InMemoryFeedbackRepository())
        .correctiveActions(new InMemoryCorrectiveActionRepository())
        .recheckBoard(new InMemoryRecheckBoard())
        .dailyCollections(new InMemoryDailyCollectionStore())
        .reportDossiers(new InMemoryReportDossierRepository())
        .riskReportSettings(RiskReportSettings.defaults(CLOCK.getZone(), RISK_DESK))
        .archive(new InMemoryArchiveStore())
        .volumes(new InMemoryVolumeStore())
        .filingPolicy(FilingPolicy.standard())
        .publishedFigures(new InMemoryPublishedFigureStore())
        .metricDefinitions(MetricDefinitions.r8Defaults())
        .exerciseLog(new InMemoryExerciseLog())
        .regularityPolicy(RegularityPolicy.defaults())
        .missedReportLog(new InMemoryMissedReportLog())
        .reportSchedule(
            ReportSchedule.defaults(
                CLOCK.getZone(), LocalDate.of(2026, 12, 1), RISK_DESK, RISK_DESK))
        .staffRecords(new InMemoryStaffRecords())
        .riskDesk(RISK_DESK)
        .followerFailures((event, error) -> {})
        .build();
  }

  private RegistrationNumber accepted(GovernanceCenter c) {
    RegistrationNumber n =
        c.intake()
            .register(
                new RegisterMatterUseCase.Command(
                    IntakeFixtures.transfer(Channel.HOTLINE_12345, "R-7"), CLERK))
            .number();
    c.intake()
        .decide(
            new DecideIntakeUseCase.Command(n, DecideIntakeUseCase.Verdict.Review.clean(), CLERK));
    return n;
  }

  @Test
  @DisplayName(
      "an embedder's ports are the ones the center uses, and every use case is offered, whatever"
          + " was set")
  void every_port_given_is_used() {
    GovernanceCenter c = everyPortGiven();

    assertThat(c.calendar()).isSameAs(calendar);
    assertThat(c.clock()).isSameAs(CLOCK);
    RegistrationNumber n = accepted(c);
    assertThat(matters.find(n)).as("the matter is kept where the embedder said").isPresent();
    assertThat(
            List.of(
                c.intake(),
                c.supervision(),
                c.mediation(),
                c.onward(),
                c.events(),
                c.dutyRoster(),
                c.followUp(),
                c.reception(),
                c.sourcePlatforms(),
                c.warnings(),
                c.emergency(),
                c.epidemic(),
                c.guidance(),
                c.feedback(),
                c.correctiveActions(),
                c.riskReports(),
                c.archives(),
                c.filing(),
                c.evaluation(),
                c.exercises(),
                c.missedReports(),
                c.staff()))
        .doesNotContainNull();
    assertThat(c.sourcePlatforms().failures()).isEmpty();
  }

  @Test
  @Implements({"6.2.1.3", "8.2.4"})
  @DisplayName(
      "6.2.1.3 中心应对受理的矛盾纠纷进行督查督办 — a matter accepted through the center is under supervision"
          + " at once, in the embedder's store")
  void an_accepted_matter_is_supervised() {
    GovernanceCenter c = everyPortGiven();
    RegistrationNumber n = accepted(c);

    assertThat(files.find(n.toString()))
        .get()
        .satisfies(f -> assertThat(f.snapshot().state()).isEqualTo(SupervisionState.ACCEPTED));
  }
}
