package org.db3311.sgc.core;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
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
import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.FollowUpService;
import org.db3311.sgc.core.followup.FollowUpUseCases;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
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
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.SupervisionUseCases;
import org.db3311.sgc.core.supervisionfeed.SupervisionFeed;

/**
 * The entry point of the core (组合根): give it the port implementations — or let it use the in-memory
 * ones — and it wires every casework service and every subscription between them, and hands back
 * the use-case interfaces, each call of which runs in one unit of work.
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

  private GovernanceCenter(Builder b) {
    UnitOfWork uow = b.unitOfWork;
    InMemoryDomainEventPublisher atomic = InMemoryDomainEventPublisher.deliveringOnly();
    InMemoryDomainEventPublisher afterCommit = InMemoryDomainEventPublisher.deliveringOnly();
    TransactionalEventPublisher published =
        new TransactionalEventPublisher(b.outbox, uow, atomic, afterCommit, b.followerFailures);

    IntakeService intakeService =
        new IntakeService(
            b.matters, b.sequences, b.intakeConfiguration, published, b.audit, b.clock);
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
    SourcePlatformFeedback feedback = new SourcePlatformFeedback(b.sourcePlatformGateway);

    new SupervisionFeed(supervisionService, b.eventConfiguration.center()).subscribeTo(atomic);
    atomic.subscribe(MatterEvent.class, eventService::onMatterEvent);
    afterCommit.subscribe(MatterEvent.class, followUpService::onMatterEvent);
    afterCommit.subscribe(MatterEvent.class, feedback::onMatterEvent);

    this.intake = Transactional.wrap(uow, IntakeUseCases.class, intakeService);
    this.supervision = Transactional.wrap(uow, SupervisionUseCases.class, supervisionService);
    this.mediation = Transactional.wrap(uow, MediationUseCases.class, mediationService);
    this.onward = Transactional.wrap(uow, OnwardUseCases.class, onwardService);
    this.events = Transactional.wrap(uow, EventHandlingUseCases.class, eventService);
    this.dutyRoster = Transactional.wrap(uow, DutyRosterUseCases.class, dutyRosterService);
    this.followUp = Transactional.wrap(uow, FollowUpUseCases.class, followUpService);
    this.reception = Transactional.wrap(uow, ReceptionUseCases.class, receptionService);
    this.sourcePlatforms = feedback;
  }

  /**
   * A builder for the center of {@code county}, on {@code clock}; every port defaults to memory.
   */
  public static Builder builder(DivisionCode county, Clock clock) {
    return new Builder(county, clock);
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
