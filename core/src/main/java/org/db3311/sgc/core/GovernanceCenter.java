package org.db3311.sgc.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.db3311.sgc.core.archive.ArchiveStore;
import org.db3311.sgc.core.archive.ArchiveUseCases;
import org.db3311.sgc.core.archive.ArchivingService;
import org.db3311.sgc.core.archive.ElectronicFileAssembler;
import org.db3311.sgc.core.archive.InMemoryArchiveStore;
import org.db3311.sgc.core.archive.filing.FilingPolicy;
import org.db3311.sgc.core.archive.filing.FilingUseCases;
import org.db3311.sgc.core.archive.filing.InMemoryVolumeStore;
import org.db3311.sgc.core.archive.filing.VolumeStore;
import org.db3311.sgc.core.archive.filing.YearlyFilingService;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.casefacts.CaseFactProjection;
import org.db3311.sgc.core.casefacts.CaseFileRecords;
import org.db3311.sgc.core.casefacts.InMemoryMatterTraceRepository;
import org.db3311.sgc.core.casefacts.MatterTraceRepository;
import org.db3311.sgc.core.casefacts.ProjectionSettings;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemoryOutbox;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.Outbox;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.Transactional;
import org.db3311.sgc.core.common.TransactionalEventPublisher;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.UnitOfWork;
import org.db3311.sgc.core.emergency.EmergencyHeadquarters;
import org.db3311.sgc.core.emergency.EmergencyService;
import org.db3311.sgc.core.emergency.EmergencyUseCases;
import org.db3311.sgc.core.emergency.GradingPolicy;
import org.db3311.sgc.core.emergency.InMemoryEmergencyHeadquarters;
import org.db3311.sgc.core.emergency.InMemoryIncidentRepository;
import org.db3311.sgc.core.emergency.IncidentRepository;
import org.db3311.sgc.core.epidemic.EpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.EpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.EpidemicControlService;
import org.db3311.sgc.core.epidemic.EpidemicUseCases;
import org.db3311.sgc.core.epidemic.ExerciseLog;
import org.db3311.sgc.core.epidemic.ExerciseService;
import org.db3311.sgc.core.epidemic.ExerciseUseCases;
import org.db3311.sgc.core.epidemic.InMemoryEpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.InMemoryEpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.InMemoryExerciseLog;
import org.db3311.sgc.core.epidemic.ModePolicy;
import org.db3311.sgc.core.epidemic.RegularityPolicy;
import org.db3311.sgc.core.evaluation.EvaluationService;
import org.db3311.sgc.core.evaluation.EvaluationUseCases;
import org.db3311.sgc.core.evaluation.InMemoryPublishedFigureStore;
import org.db3311.sgc.core.evaluation.MetricDefinitions;
import org.db3311.sgc.core.evaluation.PublishedFigureStore;
import org.db3311.sgc.core.evaluation.feedback.FeedbackDeadlines;
import org.db3311.sgc.core.evaluation.feedback.FeedbackRepository;
import org.db3311.sgc.core.evaluation.feedback.FeedbackService;
import org.db3311.sgc.core.evaluation.feedback.FeedbackUseCases;
import org.db3311.sgc.core.evaluation.feedback.InMemoryFeedbackRepository;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionService;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionUseCases;
import org.db3311.sgc.core.evaluation.improvement.InMemoryCorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.InMemoryRecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.RecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.RecheckDeadlines;
import org.db3311.sgc.core.evaluation.staff.InMemoryStaffRecords;
import org.db3311.sgc.core.evaluation.staff.StaffEvaluator;
import org.db3311.sgc.core.evaluation.staff.StaffRecords;
import org.db3311.sgc.core.evaluation.staff.StaffUseCases;
import org.db3311.sgc.core.eventhandling.CityCenterGateway;
import org.db3311.sgc.core.eventhandling.CountyCenterGateway;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.DutyRosterRepository;
import org.db3311.sgc.core.eventhandling.DutyRosterService;
import org.db3311.sgc.core.eventhandling.DutyRosterUseCases;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.EventHandlingUseCases;
import org.db3311.sgc.core.eventhandling.GovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryCountyCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryDutyRosterRepository;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.eventhandling.ResultReporter;
import org.db3311.sgc.core.facts.CaseFactStore;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.FollowUpService;
import org.db3311.sgc.core.followup.FollowUpUseCases;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.guidance.GuidanceDeadlines;
import org.db3311.sgc.core.guidance.GuidanceService;
import org.db3311.sgc.core.guidance.GuidanceTaskRepository;
import org.db3311.sgc.core.guidance.GuidanceUseCases;
import org.db3311.sgc.core.guidance.InMemoryGuidanceTaskRepository;
import org.db3311.sgc.core.guidance.InMemorySupervisionNotifier;
import org.db3311.sgc.core.guidance.SupervisionNotifier;
import org.db3311.sgc.core.guidance.SupervisionPolicy;
import org.db3311.sgc.core.intake.InMemoryMatterRepository;
import org.db3311.sgc.core.intake.InMemorySourcePlatformGateway;
import org.db3311.sgc.core.intake.IntakeConfiguration;
import org.db3311.sgc.core.intake.IntakeService;
import org.db3311.sgc.core.intake.IntakeUseCases;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.SourcePlatformFeedback;
import org.db3311.sgc.core.intake.SourcePlatformGateway;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.InMemoryOnlineFilingGateway;
import org.db3311.sgc.core.mediation.InMemoryVideoRoomProvider;
import org.db3311.sgc.core.mediation.MediationCaseRepository;
import org.db3311.sgc.core.mediation.MediationConfiguration;
import org.db3311.sgc.core.mediation.MediationService;
import org.db3311.sgc.core.mediation.MediationUseCases;
import org.db3311.sgc.core.mediation.OnlineFilingGateway;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.mediation.VideoRoomProvider;
import org.db3311.sgc.core.onward.InMemoryOnwardReferralRepository;
import org.db3311.sgc.core.onward.OnwardClocks;
import org.db3311.sgc.core.onward.OnwardReferralRepository;
import org.db3311.sgc.core.onward.OnwardService;
import org.db3311.sgc.core.onward.OnwardUseCases;
import org.db3311.sgc.core.reception.InMemoryReceptionRepository;
import org.db3311.sgc.core.reception.ReceptionRepository;
import org.db3311.sgc.core.reception.ReceptionSchedule;
import org.db3311.sgc.core.reception.ReceptionService;
import org.db3311.sgc.core.reception.ReceptionUseCases;
import org.db3311.sgc.core.risk.DailyCollectionStore;
import org.db3311.sgc.core.risk.InMemoryDailyCollectionStore;
import org.db3311.sgc.core.risk.InMemoryMissedReportLog;
import org.db3311.sgc.core.risk.IncidentRepositoryMajorIncidents;
import org.db3311.sgc.core.risk.MissedReportLog;
import org.db3311.sgc.core.risk.MissedReportMonitor;
import org.db3311.sgc.core.risk.MissedReportUseCases;
import org.db3311.sgc.core.risk.ReportSchedule;
import org.db3311.sgc.core.risk.RiskReportService;
import org.db3311.sgc.core.risk.RiskReportSettings;
import org.db3311.sgc.core.risk.RiskReportUseCases;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.risk.report.ReportDossierRepository;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.SupervisionUseCases;
import org.db3311.sgc.core.supervisionfeed.SupervisionFeed;
import org.db3311.sgc.core.warning.InMemoryWarningPublisher;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.db3311.sgc.core.warning.OwnerPolicy;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningModel;
import org.db3311.sgc.core.warning.WarningPublisher;
import org.db3311.sgc.core.warning.WarningRepository;
import org.db3311.sgc.core.warning.WarningService;
import org.db3311.sgc.core.warning.WarningUseCases;

/**
 * The entry point of the core (组合根): give it the port implementations — or let it use the in-memory
 * ones — and it wires every casework and analysis service and every subscription between them, and
 * hands back the use-case interfaces, each call of which runs in one unit of work.
 *
 * <pre>{@code
 * GovernanceCenter center = GovernanceCenter.builder(DivisionCode.of("331121"), clock).build();
 * RegistrationNumber n = center.intake().register(command).number();
 * }</pre>
 *
 * <p>How the reactions between subdomains run (decided per reaction):
 *
 * <ul>
 *   <li>in the same unit as the change (atomic): the supervision feed (an accepted matter is never
 *       without its supervision file, 6.2.1.3) and event handling taking a reopened matter's event
 *       back (the matter and its event never disagree);
 *   <li>after the commit, each in a unit of its own: the follow-up's result notice and survey
 *       (6.2.1.4) and the result reported back to a transfer's source platform (6.1.1.2.2) — they
 *       talk to the outside world, must not hold the change's transaction open, and are idempotent
 *       per matter and round, so a redelivered event sends nothing twice. A failure is reported to
 *       {@link Builder#followerFailures} and stops nothing else.
 * </ul>
 *
 * <p>Every event is also written to the {@link Outbox} in the change's unit, numbered within its
 * aggregate, for a relay to publish to other systems.
 */
public final class GovernanceCenter {

  private final IntakeUseCases intake;
  private final SupervisionUseCases supervision;
  private final MediationUseCases mediation;
  private final OnwardUseCases onward;
  private final EventHandlingUseCases events;
  private final DutyRosterUseCases dutyRoster;
  private final FollowUpUseCases followUp;
  private final ReceptionUseCases reception;
  private final SourcePlatformFeedback sourcePlatforms;
  private final WarningUseCases warnings;
  private final EmergencyUseCases emergency;
  private final EpidemicUseCases epidemic;
  private final GuidanceUseCases guidance;
  private final FeedbackUseCases feedback;
  private final CorrectiveActionUseCases correctiveActions;
  private final RiskReportUseCases riskReports;
  private final ArchiveUseCases archives;
  private final FilingUseCases filing;
  private final EvaluationUseCases evaluation;
  private final ExerciseUseCases exercises;
  private final MissedReportUseCases missedReports;
  private final StaffUseCases staff;
  private final WorkingCalendar calendar;
  private final Clock clock;

  private GovernanceCenter(Builder b) {
    this.calendar = b.calendar;
    this.clock = b.clock;
    UnitOfWork uow = b.unitOfWork;
    InMemoryDomainEventPublisher atomic = InMemoryDomainEventPublisher.deliveringOnly();
    InMemoryDomainEventPublisher afterCommit = InMemoryDomainEventPublisher.deliveringOnly();
    TransactionalEventPublisher published =
        new TransactionalEventPublisher(b.outbox, uow, atomic, afterCommit, b.followerFailures);

    IntakeService intakeService =
        new IntakeService(
            b.matters, b.sequences, b.intakeConfiguration, b.notifier, published, b.audit, b.clock);
    SupervisionService supervisionService =
        new SupervisionService(
            b.supervisionFiles, b.calendar, b.notifier, published, b.audit, b.clock);
    MediationService mediationService =
        new MediationService(
            b.mediationCases,
            intakeService,
            supervisionService,
            b.mediationConfiguration,
            b.videoRooms,
            b.notifier,
            b.onlineFiling,
            b.calendar,
            published,
            b.audit,
            b.clock);
    OnwardService onwardService =
        new OnwardService(
            b.onwardReferrals,
            b.mediationCases,
            intakeService,
            supervisionService,
            b.onlineFiling,
            b.onwardClocks,
            b.calendar,
            published,
            b.audit,
            b.clock);
    DutyRosterService dutyRosterService =
        new DutyRosterService(b.dutyRosters, b.standingDutyLeader, published, b.audit, b.clock);
    EventHandlingService eventService =
        new EventHandlingService(
            b.governanceEvents,
            intakeService,
            supervisionService,
            dutyRosterService,
            b.cityCenter,
            b.countyCenters,
            b.resultReporter,
            b.eventConfiguration,
            published,
            b.audit,
            b.clock);
    FollowUpService followUpService =
        new FollowUpService(
            b.followUps,
            intakeService,
            supervisionService,
            b.notifier,
            published,
            b.audit,
            b.clock);
    ReceptionService receptionService =
        new ReceptionService(
            b.receptions,
            intakeService,
            b.calendar,
            b.sequences,
            b.receptionSchedule,
            published,
            b.audit,
            b.clock);
    SourcePlatformFeedback platforms = new SourcePlatformFeedback(b.sourcePlatformGateway);

    new SupervisionFeed(supervisionService, b.eventConfiguration.center()).subscribeTo(atomic);
    atomic.subscribe(MatterEvent.class, eventService::onMatterEvent);
    afterCommit.subscribe(MatterEvent.class, followUpService::onMatterEvent);
    afterCommit.subscribe(MatterEvent.class, platforms::onMatterEvent);

    this.intake = Transactional.wrap(uow, IntakeUseCases.class, intakeService);
    this.supervision = Transactional.wrap(uow, SupervisionUseCases.class, supervisionService);
    this.mediation = Transactional.wrap(uow, MediationUseCases.class, mediationService);
    this.onward = Transactional.wrap(uow, OnwardUseCases.class, onwardService);
    this.events = Transactional.wrap(uow, EventHandlingUseCases.class, eventService);
    this.dutyRoster = Transactional.wrap(uow, DutyRosterUseCases.class, dutyRosterService);
    this.followUp = Transactional.wrap(uow, FollowUpUseCases.class, followUpService);
    this.reception = Transactional.wrap(uow, ReceptionUseCases.class, receptionService);
    this.sourcePlatforms = platforms;

    // the analysis subdomains: each use case in one unit of work, as the casework ones
    ArchivingService archivingService =
        new ArchivingService(
            new ElectronicFileAssembler(
                CaseFileRecords.completeness(b.intakeConfiguration.taxonomy()), b.clock.getZone()),
            b.archive,
            published,
            b.audit,
            b.clock);
    if (b.projection != null) {
      // inside the change's unit: the facts analysis reads never disagree with casework
      CaseFactProjection projection =
          new CaseFactProjection(
              b.caseFacts, b.matterTraces, archivingService, b.audit, b.projection);
      atomic.subscribe(DomainEvent.class, projection::on);
    }
    YearlyFilingService filingService =
        new YearlyFilingService(b.archive, b.volumes, b.filingPolicy, published, b.audit, b.clock);
    WarningService warningService =
        new WarningService(
            b.caseFacts,
            WarningModel.defaults(),
            b.warnings,
            b.sequences,
            b.warningPublisher,
            b.warningOwners,
            b.autoPublishFrom,
            published,
            b.audit,
            b.clock);
    EmergencyService emergencyService =
        new EmergencyService(
            b.incidents,
            b.sequences,
            b.headquarters,
            GradingPolicy.defaults(),
            EmergencyService.defaultCadence(),
            published,
            b.audit,
            b.clock);
    EpidemicControlService epidemicService =
        new EpidemicControlService(
            b.epidemicCases,
            b.epidemicCommand,
            b.sequences,
            b.peacetime,
            b.wartime,
            published,
            b.audit,
            b.clock);
    GuidanceService guidanceService =
        new GuidanceService(
            b.guidanceTasks,
            b.sequences,
            b.supervisionNotifier,
            SupervisionPolicy.defaults(),
            GuidanceDeadlines.defaults(),
            b.calendar,
            published,
            b.audit,
            b.clock);
    CorrectiveActionService correctiveService =
        new CorrectiveActionService(
            b.correctiveActions,
            b.sequences,
            b.recheckBoard,
            RecheckDeadlines.defaults(),
            b.calendar,
            published,
            b.audit,
            b.clock);
    FeedbackService feedbackService =
        new FeedbackService(
            b.feedback,
            b.sequences,
            correctiveService,
            published,
            b.audit,
            FeedbackDeadlines.defaults(),
            b.calendar,
            b.clock);
    RiskReportService riskService =
        new RiskReportService(
            b.caseFacts,
            b.warnings,
            new IncidentRepositoryMajorIncidents(b.incidents),
            b.dailyCollections,
            b.reportDossiers,
            b.riskReportSettings != null
                ? b.riskReportSettings
                : RiskReportSettings.defaults(b.clock.getZone(), b.riskDesk),
            published,
            b.audit,
            b.clock);
    EvaluationService evaluationService =
        new EvaluationService(b.caseFacts, b.metricDefinitions, b.publishedFigures, b.clock);

    this.warnings = Transactional.wrap(uow, WarningUseCases.class, warningService);
    this.emergency = Transactional.wrap(uow, EmergencyUseCases.class, emergencyService);
    this.epidemic = Transactional.wrap(uow, EpidemicUseCases.class, epidemicService);
    this.guidance = Transactional.wrap(uow, GuidanceUseCases.class, guidanceService);
    this.feedback = Transactional.wrap(uow, FeedbackUseCases.class, feedbackService);
    this.correctiveActions =
        Transactional.wrap(uow, CorrectiveActionUseCases.class, correctiveService);
    this.riskReports = Transactional.wrap(uow, RiskReportUseCases.class, riskService);
    this.archives = Transactional.wrap(uow, ArchiveUseCases.class, archivingService);
    this.filing = Transactional.wrap(uow, FilingUseCases.class, filingService);
    this.evaluation = Transactional.wrap(uow, EvaluationUseCases.class, evaluationService);
    this.exercises =
        Transactional.wrap(
            uow,
            ExerciseUseCases.class,
            new ExerciseService(
                b.exerciseLog, b.epidemicCommand, b.regularityPolicy, b.audit, b.clock));
    ReportSchedule schedule =
        b.reportSchedule != null
            ? b.reportSchedule
            : ReportSchedule.defaults(
                b.clock.getZone(),
                LocalDate.ofInstant(b.clock.instant(), b.clock.getZone()),
                b.riskDesk,
                b.riskDesk);
    this.missedReports =
        Transactional.wrap(
            uow,
            MissedReportUseCases.class,
            new MissedReportMonitor(
                b.dailyCollections,
                b.reportDossiers,
                b.missedReportLog,
                b.notifier,
                schedule,
                b.clock));
    this.staff = Transactional.wrap(uow, StaffUseCases.class, new StaffEvaluator(b.staffRecords));
  }

  /**
   * A builder for the center of {@code county}, on {@code clock}; every port defaults to memory.
   */
  public static Builder builder(DivisionCode county, Clock clock) {
    return new Builder(county, clock);
  }

  /**
   * The working-day calendar this center counts every deadline with (R9, R10), so that a view
   * showing a last day computes it as the center does.
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The clock this center reads "now" from. */
  public Clock clock() {
    return clock;
  }

  /** 6.1 intake: register, supplement, decide, withdraw; read a matter. */
  public IntakeUseCases intake() {
    return intake;
  }

  /** 6.2.1.3, 8.2.4 supervision: the real-time view, deadline sweeps, extensions. */
  public SupervisionUseCases supervision() {
    return supervision;
  }

  /** 6.2.1.1 mediation. */
  public MediationUseCases mediation() {
    return mediation;
  }

  /** 6.2 the onward roads: arbitration, litigation, reconsideration, 信访, legal aid. */
  public OnwardUseCases onward() {
    return onward;
  }

  /** 6.3 social-governance events. */
  public EventHandlingUseCases events() {
    return events;
  }

  /** 6.3.1.2 the duty roster of county leaders. */
  public DutyRosterUseCases dutyRoster() {
    return dutyRoster;
  }

  /** 6.2.1.4 result notices and surveys. */
  public FollowUpUseCases followUp() {
    return followUp;
  }

  /** 6.2.1.2 leader reception. */
  public ReceptionUseCases reception() {
    return reception;
  }

  /** 6.1.1.2.2 results reported back to source platforms; retry what a platform refused. */
  public SourcePlatformFeedback sourcePlatforms() {
    return sourcePlatforms;
  }

  /** 6.5.1, 6.5.2 risk identification and early warning: scan, publish, acknowledge, close. */
  public WarningUseCases warnings() {
    return warnings;
  }

  /** 6.6 emergency command and coordination: discover, grade, respond, close, review. */
  public EmergencyUseCases emergency() {
    return emergency;
  }

  /** 6.7 epidemic prevention and control: the stored mode, and the cases handled in it. */
  public EpidemicUseCases epidemic() {
    return epidemic;
  }

  /** 6.8 guidance to the grassroots: tasks issued, followed, verified, supervised. */
  public GuidanceUseCases guidance() {
    return guidance;
  }

  /** 9.1 the feedback and complaint channel. */
  public FeedbackUseCases feedback() {
    return feedback;
  }

  /** 9.3 corrective actions and their disclosed re-checks. */
  public CorrectiveActionUseCases correctiveActions() {
    return correctiveActions;
  }

  /** 6.4.1 daily collection, weekly, monthly and special risk reports, revision and sign-off. */
  public RiskReportUseCases riskReports() {
    return riskReports;
  }

  /** 7.3.2 electronic case files sealed and archived, and the archive verified. */
  public ArchiveUseCases archives() {
    return archives;
  }

  /** 7.3.3 yearly filing into volumes and transfer to the archives. */
  public FilingUseCases filing() {
    return filing;
  }

  /** 6.7.1.2 training and drills: recorded, and their regularity checked. */
  public ExerciseUseCases exercises() {
    return exercises;
  }

  /** 6.4.1 a supervision notice for each daily collection, weekly or monthly report missed. */
  public MissedReportUseCases missedReports() {
    return missedReports;
  }

  /** 9.2.1 attendance, service quality and conduct of staff, recorded and evaluated. */
  public StaffUseCases staff() {
    return staff;
  }

  /** 9.2, R8 evaluation figures: sheets, publication, recomputation. */
  public EvaluationUseCases evaluation() {
    return evaluation;
  }

  /** The ports and settings of a center; each has an in-memory or documented default. */
  public static final class Builder {

    private final Clock clock;
    private final DivisionCode county;
    private UnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private Outbox outbox = new InMemoryOutbox();
    private AuditTrail audit = new InMemoryAuditTrail();
    private SequenceGenerator sequences = new InMemorySequenceGenerator();
    private Notifier notifier;
    private WorkingCalendar calendar = new HolidayTableCalendar();
    private MatterRepository matters = new InMemoryMatterRepository();
    private SupervisionFileRepository supervisionFiles = new InMemorySupervisionFileRepository();
    private MediationCaseRepository mediationCases = new InMemoryMediationCaseRepository();
    private OnwardReferralRepository onwardReferrals = new InMemoryOnwardReferralRepository();
    private GovernanceEventRepository governanceEvents = new InMemoryGovernanceEventRepository();
    private DutyRosterRepository dutyRosters = new InMemoryDutyRosterRepository();
    private FollowUpRepository followUps = new InMemoryFollowUpRepository();
    private ReceptionRepository receptions = new InMemoryReceptionRepository();
    private VideoRoomProvider videoRooms = new InMemoryVideoRoomProvider();
    private OnlineFilingGateway onlineFiling = new InMemoryOnlineFilingGateway();
    private CityCenterGateway cityCenter = new InMemoryCityCenterGateway();
    private CountyCenterGateway countyCenters = new InMemoryCountyCenterGateway();
    private ResultReporter resultReporter = new InMemoryResultReporter();
    private SourcePlatformGateway sourcePlatformGateway;
    private IntakeConfiguration intakeConfiguration;
    private MediationConfiguration mediationConfiguration;
    private EventHandlingConfiguration eventConfiguration;
    private OnwardClocks onwardClocks = OnwardClocks.defaults();
    private ReceptionSchedule receptionSchedule = ReceptionSchedule.defaults();
    private DutyLeader standingDutyLeader = new DutyLeader("duty-fallback", "值班总值守");
    private CaseFactStore caseFacts = new InMemoryCaseFactSource();
    private MatterTraceRepository matterTraces = new InMemoryMatterTraceRepository();
    private ProjectionSettings projection;
    private WarningRepository warnings = new InMemoryWarningRepository();
    private WarningPublisher warningPublisher = new InMemoryWarningPublisher();
    private UnitId riskDesk = UnitId.of("risk-desk");
    private ExerciseLog exerciseLog = new InMemoryExerciseLog();
    private RegularityPolicy regularityPolicy = RegularityPolicy.defaults();
    private MissedReportLog missedReportLog = new InMemoryMissedReportLog();
    private ReportSchedule reportSchedule;
    private StaffRecords staffRecords = new InMemoryStaffRecords();
    private OwnerPolicy warningOwners = new OwnerPolicy(riskDesk, Map.of());
    private WarningLevel autoPublishFrom = WarningLevel.ORANGE;
    private IncidentRepository incidents = new InMemoryIncidentRepository();
    private EmergencyHeadquarters headquarters =
        new InMemoryEmergencyHeadquarters("县应急指挥部", List.of());
    private EpidemicCaseRepository epidemicCases = new InMemoryEpidemicCaseRepository();
    private EpidemicCommandRepository epidemicCommand = new InMemoryEpidemicCommandRepository();
    private ModePolicy peacetime = ModePolicy.peacetime(Map.of(), UnitId.of("county-health"));
    private ModePolicy wartime = ModePolicy.wartime(UnitId.of("epidemic-command"));
    private GuidanceTaskRepository guidanceTasks = new InMemoryGuidanceTaskRepository();
    private SupervisionNotifier supervisionNotifier = new InMemorySupervisionNotifier();
    private FeedbackRepository feedback = new InMemoryFeedbackRepository();
    private CorrectiveActionRepository correctiveActions = new InMemoryCorrectiveActionRepository();
    private RecheckBoard recheckBoard = new InMemoryRecheckBoard();
    private DailyCollectionStore dailyCollections = new InMemoryDailyCollectionStore();
    private ReportDossierRepository reportDossiers = new InMemoryReportDossierRepository();
    private RiskReportSettings riskReportSettings;
    private ArchiveStore archive = new InMemoryArchiveStore();
    private VolumeStore volumes = new InMemoryVolumeStore();
    private FilingPolicy filingPolicy = FilingPolicy.standard();
    private PublishedFigureStore publishedFigures = new InMemoryPublishedFigureStore();
    private MetricDefinitions metricDefinitions = MetricDefinitions.r8Defaults();
    private BiConsumer<DomainEvent, RuntimeException> followerFailures =
        TransactionalEventPublisher.logFailures();

    private Builder(DivisionCode county, Clock clock) {
      this.county = Objects.requireNonNull(county, "county");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.notifier = new InMemoryNotifier(clock);
      this.sourcePlatformGateway = new InMemorySourcePlatformGateway(clock);
      this.intakeConfiguration = new IntakeConfiguration(county);
      this.mediationConfiguration =
          new MediationConfiguration(
              RoutingTable.defaults(Map.of(), UnitId.of("county-mediation-committee")),
              county,
              "中心调解室");
      this.eventConfiguration =
          new EventHandlingConfiguration(county, UnitId.of("city-governance-center"));
    }

    public Builder unitOfWork(UnitOfWork v) {
      this.unitOfWork = Objects.requireNonNull(v);
      return this;
    }

    public Builder outbox(Outbox v) {
      this.outbox = Objects.requireNonNull(v);
      return this;
    }

    public Builder auditTrail(AuditTrail v) {
      this.audit = Objects.requireNonNull(v);
      return this;
    }

    public Builder sequences(SequenceGenerator v) {
      this.sequences = Objects.requireNonNull(v);
      return this;
    }

    public Builder notifier(Notifier v) {
      this.notifier = Objects.requireNonNull(v);
      return this;
    }

    public Builder calendar(WorkingCalendar v) {
      this.calendar = Objects.requireNonNull(v);
      return this;
    }

    public Builder matters(MatterRepository v) {
      this.matters = Objects.requireNonNull(v);
      return this;
    }

    public Builder supervisionFiles(SupervisionFileRepository v) {
      this.supervisionFiles = Objects.requireNonNull(v);
      return this;
    }

    public Builder mediationCases(MediationCaseRepository v) {
      this.mediationCases = Objects.requireNonNull(v);
      return this;
    }

    public Builder onwardReferrals(OnwardReferralRepository v) {
      this.onwardReferrals = Objects.requireNonNull(v);
      return this;
    }

    public Builder governanceEvents(GovernanceEventRepository v) {
      this.governanceEvents = Objects.requireNonNull(v);
      return this;
    }

    public Builder dutyRosters(DutyRosterRepository v) {
      this.dutyRosters = Objects.requireNonNull(v);
      return this;
    }

    public Builder followUps(FollowUpRepository v) {
      this.followUps = Objects.requireNonNull(v);
      return this;
    }

    public Builder receptions(ReceptionRepository v) {
      this.receptions = Objects.requireNonNull(v);
      return this;
    }

    public Builder videoRooms(VideoRoomProvider v) {
      this.videoRooms = Objects.requireNonNull(v);
      return this;
    }

    public Builder onlineFiling(OnlineFilingGateway v) {
      this.onlineFiling = Objects.requireNonNull(v);
      return this;
    }

    public Builder cityCenter(CityCenterGateway v) {
      this.cityCenter = Objects.requireNonNull(v);
      return this;
    }

    public Builder countyCenters(CountyCenterGateway v) {
      this.countyCenters = Objects.requireNonNull(v);
      return this;
    }

    public Builder resultReporter(ResultReporter v) {
      this.resultReporter = Objects.requireNonNull(v);
      return this;
    }

    public Builder sourcePlatforms(SourcePlatformGateway v) {
      this.sourcePlatformGateway = Objects.requireNonNull(v);
      return this;
    }

    public Builder intakeConfiguration(IntakeConfiguration v) {
      this.intakeConfiguration = Objects.requireNonNull(v);
      return this;
    }

    public Builder mediationConfiguration(MediationConfiguration v) {
      this.mediationConfiguration = Objects.requireNonNull(v);
      return this;
    }

    public Builder eventConfiguration(EventHandlingConfiguration v) {
      this.eventConfiguration = Objects.requireNonNull(v);
      return this;
    }

    public Builder onwardClocks(OnwardClocks v) {
      this.onwardClocks = Objects.requireNonNull(v);
      return this;
    }

    public Builder receptionSchedule(ReceptionSchedule v) {
      this.receptionSchedule = Objects.requireNonNull(v);
      return this;
    }

    /** Who takes an escalated event when the month has no published duty roster (6.3.1.2). */
    public Builder standingDutyLeader(DutyLeader v) {
      this.standingDutyLeader = Objects.requireNonNull(v);
      return this;
    }

    /** The matter facts analysis reads (warnings, reports, evaluation). */
    public Builder caseFacts(CaseFactStore v) {
      this.caseFacts = Objects.requireNonNull(v);
      return this;
    }

    /** The projection's working state, one trace per matter. */
    public Builder matterTraces(MatterTraceRepository v) {
      this.matterTraces = Objects.requireNonNull(v);
      return this;
    }

    public Builder warnings(WarningRepository v) {
      this.warnings = Objects.requireNonNull(v);
      return this;
    }

    /** Where published warnings go: their owners and the command room. */
    public Builder warningPublisher(WarningPublisher v) {
      this.warningPublisher = Objects.requireNonNull(v);
      return this;
    }

    /** Which unit owns a warning; by default the risk desk. */
    public Builder warningOwners(OwnerPolicy v) {
      this.warningOwners = Objects.requireNonNull(v);
      return this;
    }

    /** Warnings at or above this level are published by the system at once; by default orange. */
    public Builder autoPublishFrom(WarningLevel v) {
      this.autoPublishFrom = Objects.requireNonNull(v);
      return this;
    }

    public Builder incidents(IncidentRepository v) {
      this.incidents = Objects.requireNonNull(v);
      return this;
    }

    /** The emergency headquarters and its response plans. */
    public Builder headquarters(EmergencyHeadquarters v) {
      this.headquarters = Objects.requireNonNull(v);
      return this;
    }

    public Builder epidemicCases(EpidemicCaseRepository v) {
      this.epidemicCases = Objects.requireNonNull(v);
      return this;
    }

    /** Where the epidemic mode in force is stored. */
    public Builder epidemicCommand(EpidemicCommandRepository v) {
      this.epidemicCommand = Objects.requireNonNull(v);
      return this;
    }

    /** Routing and stage deadlines in peacetime. */
    public Builder peacetime(ModePolicy v) {
      this.peacetime = Objects.requireNonNull(v);
      return this;
    }

    /** Routing and stage deadlines in wartime: every matter to the command. */
    public Builder wartime(ModePolicy v) {
      this.wartime = Objects.requireNonNull(v);
      return this;
    }

    public Builder guidanceTasks(GuidanceTaskRepository v) {
      this.guidanceTasks = Objects.requireNonNull(v);
      return this;
    }

    /** Delivers guidance supervision notices to assignees. */
    public Builder supervisionNotifier(SupervisionNotifier v) {
      this.supervisionNotifier = Objects.requireNonNull(v);
      return this;
    }

    public Builder feedback(FeedbackRepository v) {
      this.feedback = Objects.requireNonNull(v);
      return this;
    }

    public Builder correctiveActions(CorrectiveActionRepository v) {
      this.correctiveActions = Objects.requireNonNull(v);
      return this;
    }

    /** Where re-check results are disclosed to the public. */
    public Builder recheckBoard(RecheckBoard v) {
      this.recheckBoard = Objects.requireNonNull(v);
      return this;
    }

    public Builder dailyCollections(DailyCollectionStore v) {
      this.dailyCollections = Objects.requireNonNull(v);
      return this;
    }

    public Builder reportDossiers(ReportDossierRepository v) {
      this.reportDossiers = Objects.requireNonNull(v);
      return this;
    }

    /** Risk report settings; by default {@link RiskReportSettings#defaults} for the risk desk. */
    public Builder riskReportSettings(RiskReportSettings v) {
      this.riskReportSettings = Objects.requireNonNull(v);
      return this;
    }

    public Builder archive(ArchiveStore v) {
      this.archive = Objects.requireNonNull(v);
      return this;
    }

    public Builder volumes(VolumeStore v) {
      this.volumes = Objects.requireNonNull(v);
      return this;
    }

    public Builder filingPolicy(FilingPolicy v) {
      this.filingPolicy = Objects.requireNonNull(v);
      return this;
    }

    public Builder publishedFigures(PublishedFigureStore v) {
      this.publishedFigures = Objects.requireNonNull(v);
      return this;
    }

    /** The metric definitions by version; by default those of R8. */
    public Builder metricDefinitions(MetricDefinitions v) {
      this.metricDefinitions = Objects.requireNonNull(v);
      return this;
    }

    /** Where the training and drills held are kept (6.7.1.2). */
    public Builder exerciseLog(ExerciseLog v) {
      this.exerciseLog = Objects.requireNonNull(v);
      return this;
    }

    /** How regular training and drills must be; by default {@link RegularityPolicy#defaults}. */
    public Builder regularityPolicy(RegularityPolicy v) {
      this.regularityPolicy = Objects.requireNonNull(v);
      return this;
    }

    /** Where the missed reports already notified are kept, so each is notified once. */
    public Builder missedReportLog(MissedReportLog v) {
      this.missedReportLog = Objects.requireNonNull(v);
      return this;
    }

    /**
     * When the reports of 6.4.1 are due and who is told when one is missed; by default the risk
     * desk, watched from the day the center is built (give the center's go-live date instead, so a
     * restart does not move it).
     */
    public Builder reportSchedule(ReportSchedule v) {
      this.reportSchedule = Objects.requireNonNull(v);
      return this;
    }

    /** Where attendance, service-quality and conduct records of staff are kept (9.2.1). */
    public Builder staffRecords(StaffRecords v) {
      this.staffRecords = Objects.requireNonNull(v);
      return this;
    }

    /** The unit that owns warnings and risk reports by default. */
    public Builder riskDesk(UnitId v) {
      this.riskDesk = Objects.requireNonNull(v);
      this.warningOwners = new OwnerPolicy(v, Map.of());
      return this;
    }

    /**
     * Feeds the {@link #caseFacts} from casework's events, in each change's unit of work, with
     * these settings (the person-key secret among them); without it the embedder fills the facts.
     */
    public Builder caseFactProjection(ProjectionSettings v) {
      this.projection = Objects.requireNonNull(v);
      return this;
    }

    /** Told of a follower that failed after a commit; by default the platform logger. */
    public Builder followerFailures(BiConsumer<DomainEvent, RuntimeException> v) {
      this.followerFailures = Objects.requireNonNull(v);
      return this;
    }

    public GovernanceCenter build() {
      if (!intakeConfiguration.county().equals(county)) {
        throw new IllegalArgumentException(
            "the intake configuration is for " + intakeConfiguration.county() + ", not " + county);
      }
      return new GovernanceCenter(this);
    }
  }
}
