package org.db3311.sgc.core.mediation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.EscalationPolicy;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionService;

/** Intake, supervision and mediation wired over in-memory adapters at 青田县. */
final class MediationFixtures {

  static final Actor MEDIATOR = Actor.of("med-3", "调解员陈");
  static final UnitId HECHENG_COMMITTEE = UnitId.of("hecheng-mediation-committee");
  static final UnitId FALLBACK = UnitId.of("county-mediation-committee");

  final IntakeFixtures in = new IntakeFixtures();
  final InMemorySupervisionFileRepository supervisionFiles =
      new InMemorySupervisionFileRepository();
  final SupervisionService supervision =
      new SupervisionService(
          supervisionFiles,
          new HolidayTableCalendar(),
          DeadlinePolicy.defaults(),
          EscalationPolicy.defaults(),
          new InMemoryNotifier(in.clock),
          in.events,
          in.audit,
          in.clock);
  final InMemoryMediationCaseRepository cases = new InMemoryMediationCaseRepository();
  final InMemoryVideoRoomProvider rooms = new InMemoryVideoRoomProvider();
  final InMemoryNotifier notifier = new InMemoryNotifier(in.clock);
  final InMemoryOnlineFilingGateway filing = new InMemoryOnlineFilingGateway();
  final RoutingTable routing = RoutingTable.defaults(Map.of("鹤城街道", HECHENG_COMMITTEE), FALLBACK);
  final MediationService mediation =
      new MediationService(
          cases,
          in.intake,
          supervision,
          new MediationConfiguration(routing, IntakeFixtures.QINGTIAN, "青田县社会治理中心调解室"),
          rooms,
          notifier,
          filing,
          new HolidayTableCalendar(),
          in.events,
          in.audit,
          in.clock);

  /**
   * The same center's mediation over another calendar and store: e.g. after the official holiday
   * arrangement of a year is loaded.
   */
  MediationService on(WorkingCalendar calendar, MediationCaseRepository store) {
    return new MediationService(
        store,
        in.intake,
        supervision,
        new MediationConfiguration(routing, IntakeFixtures.QINGTIAN, "青田县社会治理中心调解室"),
        rooms,
        notifier,
        filing,
        calendar,
        in.events,
        in.audit,
        in.clock);
  }

  /** Registers and accepts a dispute between 张三 and the firm, and opens mediation. */
  MediationCaseId openDispute(String category) {
    RegistrationNumber n = in.registerComplete(category);
    in.review(n);
    return mediation.open(new OpenMediationUseCase.Command(n, MEDIATOR));
  }

  MediationCaseId consented(String category) {
    MediationCaseId id = openDispute(category);
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚，双方可协商", MEDIATOR));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, MEDIATOR));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, MEDIATOR));
    return id;
  }

  MediationCaseId inSession(String category) {
    MediationCaseId id = consented(category);
    mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
    mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id,
            ScheduleSessionUseCase.Mode.ONLINE,
            in.clock.instant().plus(Duration.ofDays(1)),
            Optional.empty(),
            MEDIATOR));
    mediation.recordSession(
        new RecordSessionUseCase.Command(id, record(in.clock.instant()), MEDIATOR));
    return id;
  }

  static MediationRecord record(Instant at) {
    return new MediationRecord(
        at,
        "视频调解室",
        "调解员陈",
        "记录员周",
        List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周"),
        true,
        Map.of("张三", "被拖欠工资三个月", "丽水某建筑有限公司", "资金周转困难"),
        "拖欠工资 18000 元属实",
        "告知诉讼风险与成本",
        List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周"));
  }

  static MediationAgreement agreement(LocalDate effective) {
    return new MediationAgreement(
        List.of("张三", "丽水某建筑有限公司"),
        "公司拖欠张三工资三个月",
        "欠薪金额与支付期限",
        "公司承担支付责任",
        List.of(
            new MediationAgreement.Obligation(
                "丽水某建筑有限公司", "支付工资 18000 元", "银行转账", "青田县", effective.plusDays(15))),
        false,
        Set.of("张三", "丽水某建筑有限公司", "调解员陈"),
        "调解员陈",
        true,
        effective);
  }

  /** A dispute registered at the 解纷码 entry with the applicant's choice, consented and routed. */
  MediationCaseId routedByDisputeCode(org.db3311.sgc.core.intake.ResolutionPreference choice) {
    RegistrationNumber n =
        in.register(
                new Registration(
                    org.db3311.sgc.core.intake.Channel.DISPUTE_CODE,
                    Optional.empty(),
                    Optional.of(choice),
                    List.of(
                        org.db3311.sgc.core.intake.MatterParty.applicant(IntakeFixtures.ZHANG),
                        org.db3311.sgc.core.intake.MatterParty.respondent(IntakeFixtures.FIRM)),
                    "dispute.neighbour",
                    IntakeFixtures.place("鹤城街道"),
                    "邻里通道纠纷",
                    IntakeFixtures.ALL_MATERIALS))
            .number();
    in.review(n);
    MediationCaseId id = mediation.open(new OpenMediationUseCase.Command(n, MEDIATOR));
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚，双方可协商", MEDIATOR));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, MEDIATOR));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, MEDIATOR));
    mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
    return id;
  }

  static Registration otherCounty() {
    return Registration.atWindow(
        List.of(
            org.db3311.sgc.core.intake.MatterParty.applicant(IntakeFixtures.ZHANG),
            org.db3311.sgc.core.intake.MatterParty.respondent(IntakeFixtures.FIRM)),
        "dispute.contract",
        Place.of("331122", "壶镇镇", "缙云县壶镇镇"),
        "跨县合同纠纷",
        IntakeFixtures.ALL_MATERIALS);
  }
}
