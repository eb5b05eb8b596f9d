package org.db3311.sgc.core.casefacts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.archive.ArchivingService;
import org.db3311.sgc.core.archive.ElectronicFileAssembler;
import org.db3311.sgc.core.archive.InMemoryArchiveStore;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.followup.FollowUpService;
import org.db3311.sgc.core.followup.InMemoryFollowUpRepository;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.InMemoryMatterRepository;
import org.db3311.sgc.core.intake.IntakeConfiguration;
import org.db3311.sgc.core.intake.IntakeService;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
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
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionService;

/**
 * The real casework services over in-memory adapters, the projection subscribed to their events,
 * and an archive: what an embedding vendor wires, for the end-to-end test and the properties.
 */
final class CaseworkRig {

  static final DivisionCode COUNTY = DivisionCode.of("331121");
  static final UnitId CITY = UnitId.of("lishui-city-center");
  static final Actor CLERK = Actor.of("clerk-1", "窗口人员");
  static final Actor DISPATCHER = Actor.of("cmd-2", "指挥中心调度员");
  static final Actor ARCHIVIST = Actor.of("arch-1", "档案员");
  static final byte[] SECRET = "county-331121-person-key-secret".getBytes(StandardCharsets.UTF_8);

  final MutableClock clock;
  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final InMemoryNotifier notifier;
  final HolidayTableCalendar calendar = new HolidayTableCalendar();
  final IntakeService intake;
  final SupervisionService supervision;
  final MediationService mediation;
  final EventHandlingService eventHandling;
  final FollowUpService followUp;
  final InMemoryCaseFactSource facts = new InMemoryCaseFactSource();
  final InMemoryArchiveStore archive = new InMemoryArchiveStore();
  final ArchivingService archiving;
  final ProjectionSettings settings;
  final CaseFactProjection projection;
  final List<RuntimeException> projectionFailures = new java.util.ArrayList<>();

  CaseworkRig(String start) {
    clock = MutableClock.at(start);
    notifier = new InMemoryNotifier(clock);
    intake =
        new IntakeService(
            new InMemoryMatterRepository(),
            new InMemorySequenceGenerator(),
            new IntakeConfiguration(COUNTY),
            notifier,
            events,
            audit,
            clock);
    supervision =
        new SupervisionService(
            new InMemorySupervisionFileRepository(), calendar, notifier, events, audit, clock);
    mediation =
        new MediationService(
            new InMemoryMediationCaseRepository(),
            intake,
            supervision,
            new MediationConfiguration(
                RoutingTable.defaults(Map.of(), UnitId.of("county-mediation-committee")),
                COUNTY,
                "中心调解室"),
            new InMemoryVideoRoomProvider(),
            notifier,
            new InMemoryOnlineFilingGateway(),
            calendar,
            events,
            audit,
            clock);
    var roster =
        org.db3311.sgc.core.eventhandling.DutyRosterFixtures.publishedFor(
            clock, new DutyLeader("leader-1", "县领导甲"), 15);
    eventHandling =
        new EventHandlingService(
            new InMemoryGovernanceEventRepository(),
            intake,
            supervision,
            roster,
            new InMemoryCityCenterGateway(),
            new org.db3311.sgc.core.eventhandling.InMemoryCountyCenterGateway(),
            new org.db3311.sgc.core.eventhandling.InMemoryResultReporter(),
            new EventHandlingConfiguration(COUNTY, CITY),
            events,
            audit,
            clock);
    followUp =
        new FollowUpService(
            new InMemoryFollowUpRepository(), intake, supervision, notifier, events, audit, clock);
    events.subscribe(MatterEvent.class, followUp::onMatterEvent);
    events.subscribe(MatterEvent.class, eventHandling::onMatterEvent);
    archiving =
        new ArchivingService(
            new ElectronicFileAssembler(
                CaseFileRecords.completeness(CategoryTaxonomy.defaults()), MutableClock.ZONE),
            archive,
            events,
            audit,
            clock);
    settings =
        new ProjectionSettings(
            calendar,
            MutableClock.ZONE,
            new PersonKeyer(SECRET),
            KindMapping.defaults(),
            UnitId.of("center-intake"),
            ARCHIVIST);
    projection =
        new CaseFactProjection(
            facts, new InMemoryMatterTraceRepository(), archiving, audit, settings);
    events.subscribe(
        DomainEvent.class,
        e -> {
          try {
            projection.on(e);
          } catch (RuntimeException x) {
            // a casework use case would report it as its own failure; keep it for the assertions
            projectionFailures.add(x);
            throw x;
          }
        });
  }

  /** Registers a dispute between the two parties at the window, by the clerk. */
  RegistrationNumber registerDispute(Party applicant, Party respondent, String category) {
    return intake
        .register(
            new RegisterMatterUseCase.Command(dispute(applicant, respondent, category), CLERK))
        .number();
  }

  /** Accepts the registered matter on a clean review, by the clerk. */
  void accept(RegistrationNumber n) {
    intake.decide(
        new DecideIntakeUseCase.Command(n, DecideIntakeUseCase.Verdict.Review.clean(), CLERK));
  }

  /** Opens mediation of the accepted dispute, found suitable and consented to by both parties. */
  MediationCaseId consentedMediation(RegistrationNumber n) {
    MediationCaseId id = mediation.open(new OpenMediationUseCase.Command(n, CLERK));
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚", CLERK));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, CLERK));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, CLERK));
    return id;
  }

  void route(MediationCaseId id) {
    mediation.route(new RouteMediationUseCase.Command(id, CLERK));
  }

  /** An online session starting now. */
  void scheduleOnline(MediationCaseId id) {
    mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id, ScheduleSessionUseCase.Mode.ONLINE, clock.instant(), Optional.empty(), CLERK));
  }

  /** The record of a session held now between 张三 and the firm. */
  void recordSession(MediationCaseId id) {
    mediation.recordSession(
        new RecordSessionUseCase.Command(id, session("张三", "丽水某建筑有限公司", clock.instant()), CLERK));
  }

  /**
   * Routed, an online session scheduled and held, each at its local time ({@link
   * MutableClock#set}): the mediation may now conclude.
   */
  void inSession(MediationCaseId id, String routedAt, String scheduledAt, String heldAt) {
    clock.set(routedAt);
    route(id);
    clock.set(scheduledAt);
    scheduleOnline(id);
    clock.set(heldAt);
    recordSession(id);
  }

  /** Concluded as failed for the reason given, the parties told of litigation and arbitration. */
  void fail(MediationCaseId id, String why) {
    mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id, new ConcludeMediationUseCase.Outcome.Failure(why, "诉讼、仲裁"), CLERK));
  }

  /** A safety-hazard event reported by 李四, accepted and received by the command center. */
  RegistrationNumber receivedEvent() {
    RegistrationNumber n =
        intake
            .register(
                new RegisterMatterUseCase.Command(
                    event(
                        Party.Citizen.of("李四", "440524188001010014", "13905785678"),
                        "event.safety_hazard"),
                    CLERK))
            .number();
    accept(n);
    eventHandling.receive(new ReceiveEventUseCase.Command(n, DISPATCHER));
    return n;
  }

  /** A fresh projection, with its own facts and archive, over the same audit trail. */
  Replay replayer() {
    InMemoryCaseFactSource f = new InMemoryCaseFactSource();
    InMemoryArchiveStore a = new InMemoryArchiveStore();
    ArchivingService s =
        new ArchivingService(
            new ElectronicFileAssembler(
                CaseFileRecords.completeness(CategoryTaxonomy.defaults()), MutableClock.ZONE),
            a,
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    return new Replay(
        f, new CaseFactProjection(f, new InMemoryMatterTraceRepository(), s, audit, settings));
  }

  record Replay(InMemoryCaseFactSource facts, CaseFactProjection projection) {}

  static final List<Material.Submitted> ALL_MATERIALS =
      List.of(
          new Material.Submitted(MaterialKind.ID_CARD, "身份证"),
          new Material.Submitted(MaterialKind.APPLICATION, "申请书"),
          new Material.Submitted(MaterialKind.REGISTRATION_FORM, "登记表"));

  static Registration dispute(Party applicant, Party respondent, String category) {
    return Registration.atWindow(
        List.of(MatterParty.applicant(applicant), MatterParty.respondent(respondent)),
        category,
        Place.of("331121", "鹤城街道", "鹤城街道某工地"),
        "拖欠工资三个月",
        ALL_MATERIALS);
  }

  static Registration event(Party applicant, String category) {
    return Registration.atWindow(
        List.of(MatterParty.applicant(applicant)),
        category,
        Place.of("331121", "温溪镇", "温溪镇某桥"),
        "桥梁护栏损坏",
        ALL_MATERIALS);
  }

  static MediationRecord session(String applicant, String respondent, java.time.Instant at) {
    return new MediationRecord(
        at,
        "视频调解",
        "调解员陈",
        "记录员周",
        List.of(applicant, respondent),
        true,
        Map.of(applicant, "欠薪三个月", respondent, "同意分期支付"),
        "欠薪 18000 元属实",
        "告知诉讼成本",
        List.of(applicant, respondent, "调解员陈", "记录员周"));
  }

  static MediationAgreement agreement(String applicant, String respondent, LocalDate day) {
    return new MediationAgreement(
        List.of(applicant, respondent),
        "公司欠付工资",
        "欠薪金额与期限",
        "公司承担支付责任",
        List.of(
            new MediationAgreement.Obligation(
                respondent, "支付 18000 元", "银行转账", "青田县", day.plusDays(15))),
        false,
        Set.of(applicant, respondent, "调解员陈"),
        "调解员陈",
        true,
        day);
  }
}
