package org.db3311.sgc.core.onward;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTable;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.InMemoryMediationCaseRepository;
import org.db3311.sgc.core.mediation.InMemoryOnlineFilingGateway;
import org.db3311.sgc.core.mediation.InMemoryVideoRoomProvider;
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
 * Intake, supervision, mediation and onward routing wired over in-memory adapters at 青田县. The
 * calendar holds the shipped years and, for 2027, an arrangement made for these tests (元旦 and 春节
 * 2027-02-05 to 02-08 off, as a provisional year would have them); it is not the official one.
 */
final class OnwardFixtures {

  static final Actor CLERK = Actor.of("onward-1", "分流专员林");
  static final UnitId ARBITRATION = UnitId.of("qingtian-labour-arbitration");
  static final UnitId COURT = UnitId.of("qingtian-court");
  static final UnitId PETITION_BUREAU = UnitId.of("qingtian-petition-bureau");
  static final UnitId JUSTICE_BUREAU = UnitId.of("qingtian-justice-bureau");
  static final UnitId RECONSIDERATION = UnitId.of("qingtian-reconsideration-office");

  static final WorkingCalendar CALENDAR = calendarWith2027();

  final IntakeFixtures in = new IntakeFixtures();
  final InMemorySupervisionFileRepository supervisionFiles =
      new InMemorySupervisionFileRepository();
  final SupervisionService supervision =
      new SupervisionService(
          supervisionFiles,
          CALENDAR,
          new InMemoryNotifier(in.clock),
          in.events,
          in.audit,
          in.clock);
  final InMemoryMediationCaseRepository cases = new InMemoryMediationCaseRepository();
  final InMemoryOnlineFilingGateway filing = new InMemoryOnlineFilingGateway();
  final MediationService mediation =
      new MediationService(
          cases,
          in.intake,
          supervision,
          new MediationConfiguration(
              RoutingTable.defaults(Map.of(), UnitId.of("county-mediation-committee")),
              IntakeFixtures.QINGTIAN,
              "青田县社会治理中心调解室"),
          new InMemoryVideoRoomProvider(),
          new InMemoryNotifier(in.clock),
          filing,
          CALENDAR,
          in.events,
          in.audit,
          in.clock);
  final InMemoryOnwardReferralRepository referrals = new InMemoryOnwardReferralRepository();
  final OnwardService onward = service(CALENDAR);

  OnwardService service(WorkingCalendar calendar) {
    return new OnwardService(
        referrals,
        cases,
        in.intake,
        supervision,
        filing,
        OnwardClocks.defaults(),
        calendar,
        in.events,
        in.audit,
        in.clock);
  }

  static WorkingCalendar calendarWith2027() {
    List<HolidayTable> tables = new ArrayList<>(HolidayTableCalendar.shippedTables());
    Map<LocalDate, Boolean> off =
        Map.of(
            LocalDate.of(2027, 1, 1), true,
            LocalDate.of(2027, 2, 5), true,
            LocalDate.of(2027, 2, 8), true);
    tables.add(new HolidayTable(2027, off, List.of("test arrangement, not official")));
    return new HolidayTableCalendar(tables);
  }

  MediationCaseId open(String category) {
    RegistrationNumber n = in.registerComplete(category);
    in.review(n);
    return mediation.open(new OpenMediationUseCase.Command(n, CLERK));
  }

  MediationCaseId unsuitable(String category) {
    MediationCaseId id = open(category);
    mediation.assess(new AssessSuitabilityUseCase.Command(id, false, "涉及工伤认定，须经仲裁", CLERK));
    return id;
  }

  MediationCaseId declined(String category) {
    MediationCaseId id = open(category);
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "适宜", CLERK));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, CLERK));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, false, true, CLERK));
    return id;
  }

  MediationCaseId failed(String category) {
    MediationCaseId id = open(category);
    mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "适宜", CLERK));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, CLERK));
    mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, CLERK));
    mediation.route(new RouteMediationUseCase.Command(id, CLERK));
    mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id,
            ScheduleSessionUseCase.Mode.ONLINE,
            in.clock.instant().plus(Duration.ofHours(2)),
            Optional.empty(),
            CLERK));
    mediation.recordSession(new RecordSessionUseCase.Command(id, record(), CLERK));
    mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id, new ConcludeMediationUseCase.Outcome.Failure("分歧过大", "劳动仲裁或诉讼"), CLERK));
    return id;
  }

  OnwardReferralId refer(MediationCaseId m, Road road, UnitId body, String name) {
    return onward.refer(new ReferOnwardUseCase.Command(m, road, body, name, "当事人选择", CLERK));
  }

  void step(OnwardReferralId id, String day, RecordStepUseCase.Step step) {
    LocalDate d = LocalDate.parse(day);
    if (d.isAfter(LocalDate.ofInstant(in.clock.instant(), in.clock.getZone()))) {
      in.clock.set(day + "T10:00:00");
    }
    onward.record(new RecordStepUseCase.Command(id, d, step, CLERK));
  }

  void reportBack(OnwardReferralId id, String day, String reportId, boolean settled) {
    in.clock.set(day + "T10:00:00");
    onward.reportBack(
        new ReportBackUseCase.Command(
            id, new ReportBack(reportId, LocalDate.parse(day), "裁决支持申请人请求", settled), CLERK));
  }

  LocalDate due(OnwardReferralId id, OnwardStep step) {
    return onward.referral(id).clock(step).orElseThrow().dueDate(CALENDAR);
  }

  private MediationRecord record() {
    return new MediationRecord(
        in.clock.instant(),
        "视频调解室",
        "调解员陈",
        "记录员周",
        List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周"),
        true,
        Map.of("张三", "被拖欠工资", "丽水某建筑有限公司", "资金困难"),
        "拖欠工资属实",
        "告知诉讼风险",
        List.of("张三", "丽水某建筑有限公司", "调解员陈", "记录员周"));
  }
}
