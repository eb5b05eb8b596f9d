package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.archive.ArchiveFixtures;
import org.db3311.sgc.core.archive.ArchiveLedger;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.archive.filing.Retention;
import org.db3311.sgc.core.archive.filing.TransferList;
import org.db3311.sgc.core.archive.filing.Volume;
import org.db3311.sgc.core.archive.filing.VolumeCatalogue;
import org.db3311.sgc.core.archive.filing.VolumeItem;
import org.db3311.sgc.core.archive.filing.VolumeKey;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.casefacts.MatterTrace;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.emergency.Discovery;
import org.db3311.sgc.core.emergency.ImpactAssessment;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentGrade;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.emergency.ResponsePlan;
import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.epidemic.EpidemicCommand;
import org.db3311.sgc.core.epidemic.EpidemicCommandSnapshot;
import org.db3311.sgc.core.epidemic.EpidemicMode;
import org.db3311.sgc.core.epidemic.Exercise;
import org.db3311.sgc.core.epidemic.ModeSwitch;
import org.db3311.sgc.core.evaluation.Figure;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.PublishedFigure;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.evaluation.feedback.Feedback;
import org.db3311.sgc.core.evaluation.feedback.FeedbackChannel;
import org.db3311.sgc.core.evaluation.feedback.FeedbackKind;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.Finding;
import org.db3311.sgc.core.evaluation.improvement.FindingSource;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.evaluation.staff.AttendanceRecord;
import org.db3311.sgc.core.evaluation.staff.AttendanceStatus;
import org.db3311.sgc.core.evaluation.staff.ConductCheck;
import org.db3311.sgc.core.evaluation.staff.ConductRule;
import org.db3311.sgc.core.evaluation.staff.QualitySource;
import org.db3311.sgc.core.evaluation.staff.ServiceQualityRecord;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.DutyRoster;
import org.db3311.sgc.core.eventhandling.DutyRosterId;
import org.db3311.sgc.core.eventhandling.DutyRosterPlanner;
import org.db3311.sgc.core.eventhandling.GovernanceEvent;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.GuidanceTask;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.guidance.GuidanceTopic;
import org.db3311.sgc.core.guidance.IssuerLevel;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.core.reception.ReceptionBooking;
import org.db3311.sgc.core.reception.ReceptionMode;
import org.db3311.sgc.core.reception.ReceptionRota;
import org.db3311.sgc.core.risk.CollectedItem;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.MissedReport;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.RiskAssessment;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One aggregate or record of every kind the store keeps — casework and analysis — written by one
 * process, read back identical (snapshots and versions) by another that opens the same database
 * after the first closed it: on H2 that is the same files. The instants straddle the turn of the
 * year in Asia/Shanghai.
 */
class JpaStoreRestartTest {

  /** 2026-12-31 23:59:59.123456 in Asia/Shanghai. */
  private static final Instant T = Instant.parse("2026-12-31T15:59:59.123456Z");

  private static final Instant NEW_YEAR = Instant.parse("2026-12-31T16:00:00Z");
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  private static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);
  private static final Actor STAFF = Actor.of("s-30", "值班员");
  private static final UnitId HRSS = UnitId.of("county.hrss");
  private static final DivisionCode COUNTY = DivisionCode.of("331121");
  private static final RegistrationNumber N =
      new RegistrationNumber(IntakeFixtures.QINGTIAN, DEC_31, 77);

  /** Everything written before the restart. */
  private static final class Written {
    Matter matter;
    SupervisionFile supervision;
    GovernanceEvent event;
    DutyRoster roster;
    ReceptionRota rota;
    ReceptionBooking booking;
    Version bookingDay;
    AuditEntry audit;
    long sequence;
    Warning warning;
    Incident incident;
    EpidemicCase epidemicCase;
    EpidemicCommand command;
    GuidanceTask task;
    ReportDossier dossier;
    MissedReport missed;
    DailyCollection collection;
    Feedback feedback;
    CorrectiveAction action;
    PublishedFigure figure;
    PublishedRecheck recheck;
    AttendanceRecord attendance;
    ServiceQualityRecord quality;
    ConductCheck conduct;
    Exercise exercise;
    SealedFile sealed;
    ArchiveLedger ledger;
    FilingResult.Filed filing;
    MatterFact fact;
    MatterTrace trace;
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName(
      "every kind of aggregate written by one process is there, identical, after a restart")
  void a_restart_loses_nothing_of_any_subdomain(TestStores database) {
    JpaSettings settings = database.settingsFor(JpaStoreRestartTest.class);
    try {
      Written w;
      try (JpaStore first = JpaStore.open(settings)) {
        w = writeEverything(first);
      }
      try (JpaStore second = JpaStore.open(settings)) {
        readEverything(second, w);
      }
    } finally {
      TestStores.dispose(settings);
    }
  }

  private static Written writeEverything(JpaStore store) {
    Written w = new Written();
    // ---- casework
    w.matter = StoredMatters.labourDispute(N, T);
    MatterEvent registered = (MatterEvent) w.matter.pullEvents().getFirst();
    w.supervision =
        SupervisionFile.open(
            N.toString(),
            "拖欠工资",
            "dispute.labour",
            HRSS,
            Set.of(UnitId.of("hecheng-street")),
            DeadlinePolicy.defaults().rulesFor("dispute.labour"),
            STAFF,
            T,
            DEC_31);
    w.supervision.schedule(new HolidayTableCalendar());
    w.event =
        GovernanceEvent.receive(
            N,
            "护栏损坏",
            "event.safety_hazard",
            org.db3311.sgc.core.intake.Place.of("331121", "温溪镇", "x"),
            STAFF,
            T);
    YearMonth january = YearMonth.of(2027, 1);
    DutyLeader a = new DutyLeader("l-a", "县领导甲");
    DutyLeader b = new DutyLeader("l-b", "县领导乙");
    w.roster =
        DutyRoster.plan(
            DutyRosterId.of(january),
            new DutyRosterPlanner().plan(january, List.of(a, b), LocalTime.of(8, 0)),
            b,
            STAFF,
            T);
    CountyLeader leader = new CountyLeader("l-a", "县长甲", "县长");
    w.rota = ReceptionRota.plan(january, Map.of(JAN_4, leader), STAFF, T);
    w.booking =
        ReceptionBooking.request(
            "RB-2027-0001",
            ReceptionMode.APPOINTMENT,
            JAN_4,
            "AM",
            leader,
            IntakeFixtures.ZHANG,
            "工资纠纷",
            STAFF,
            T);
    w.audit = new AuditEntry(T, STAFF, "Matter", N.toString(), "REGISTER", "-", "REGISTERED", "d");

    // ---- analysis
    w.warning =
        new Warning(
            WarningId.of("YJ-2026-0001"),
            new RiskAssessment(
                new WarningSubject(WarningSubject.Kind.PERSON, "zhang"),
                WarningLevel.BLUE,
                List.of(new Reason("repeat", "6.5.2", WarningLevel.BLUE, "重复来访", Map.of())),
                new TreeSet<>(Set.of(MatterId.of(N.toString())))),
            UnitId.of("center.risk"),
            T);
    w.warning.publish(Actor.SYSTEM, T);
    w.incident =
        new Incident(
            IncidentId.of("EM-2026-0001"),
            new Discovery(Discovery.Channel.OFFLINE_REPORT, "TEL-1", "仓库起火", T, STAFF));
    w.incident.grade(
        new Incident.Grading(
            IncidentGrade.IV,
            IncidentGrade.IV,
            new ImpactAssessment(0, 1, 20, false),
            "",
            STAFF,
            T));
    w.incident.activatePlan(
        new ResponsePlan("P-GEN", "一般突发事件处置预案", EnumSet.of(IncidentGrade.III, IncidentGrade.IV)),
        "县应急指挥部",
        STAFF,
        T);
    w.incident.issueOrder("O1", UnitId.of("county.fire"), "灭火", true, STAFF, NEW_YEAR);
    // the case after its analysis, rebuilt from its snapshot as a repository rebuilds it (the
    // constructor and the steps are core's own)
    w.epidemicCase =
        EpidemicCase.fromSnapshot(
            new EpidemicCaseSnapshot(
                EpidemicCaseId.of("YQ-2026-0001"),
                MatterId.of(N.toString()),
                "隔离管控",
                "群众反映隔离问题",
                EpidemicCase.State.ANALYSED,
                Optional.empty(),
                NEW_YEAR,
                NEW_YEAR.plusSeconds(86_400),
                List.of(
                    new EpidemicCase.Step(
                        EpidemicCase.Action.RECEIVE,
                        EpidemicCase.State.RECEIVED,
                        EpidemicCase.State.RECEIVED,
                        EpidemicMode.PEACETIME,
                        STAFF,
                        T,
                        "群众反映隔离问题"),
                    new EpidemicCase.Step(
                        EpidemicCase.Action.ANALYSE,
                        EpidemicCase.State.RECEIVED,
                        EpidemicCase.State.ANALYSED,
                        EpidemicMode.PEACETIME,
                        STAFF,
                        NEW_YEAR,
                        "需隔离"))),
            Version.NEW);
    // the mode switch as the command records it (switchTo is core's own): wartime must survive
    w.command =
        EpidemicCommand.fromSnapshot(
            new EpidemicCommandSnapshot(
                EpidemicMode.WARTIME,
                List.of(
                    new ModeSwitch(EpidemicMode.PEACETIME, EpidemicMode.WARTIME, T, STAFF, "战时"))),
            Version.NEW);
    GrassrootsUnit town = new GrassrootsUnit("331121101", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP);
    w.task =
        new GuidanceTask(
            GuidanceTaskId.of("ZD-2026-0001"),
            IssuerLevel.CITY,
            "丽市治〔2026〕1号",
            GuidanceTopic.GRID_WORK,
            "网格清单",
            "更新清单",
            LocalDate.of(2027, 1, 8),
            "fixed by 丽市治〔2026〕1号",
            List.of(town),
            Actor.of("s-1", "指导科"),
            T);
    w.dossier =
        new ReportDossier(
            ReportDossierId.of("MR-2026-12"),
            new Report(
                ReportKind.MONTHLY,
                "2026-12",
                "月报",
                T,
                List.of(Section.text("概况", "本月受理矛盾纠纷")),
                List.of(),
                List.of()),
            T);
    w.missed = new MissedReport(ReportKind.WEEKLY, "2026-W53", LocalDate.of(2027, 1, 5));
    Instant at = DEC_31.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    CollectedItem item =
        new CollectedItem(
            MatterId.of(N.toString()),
            MatterKind.DISPUTE,
            "dispute.labour",
            "拖欠工资",
            COUNTY,
            Optional.of(AreaCode.of("331121001")),
            Optional.empty(),
            "鹤城街道",
            at,
            at.plusSeconds(600),
            "调解",
            Optional.of(Outcome.RESOLVED));
    w.collection = new DailyCollection(DEC_31, NEW_YEAR.plusSeconds(300), List.of(item), List.of());
    w.feedback =
        new Feedback(
            FeedbackTicket.of("FB-2026-0001"),
            FeedbackKind.COMPLAINT,
            FeedbackChannel.WEB,
            "窗口态度生硬",
            Optional.of(HRSS),
            Optional.of("13800000000"),
            T,
            LocalDate.of(2027, 1, 14));
    w.action =
        new CorrectiveAction(
            CorrectiveActionId.of("CA-2026-0001"),
            new Finding(FindingSource.INSPECTION, "INS-1", "台账不全"),
            HRSS,
            "补齐台账",
            LocalDate.of(2027, 1, 15),
            T,
            Actor.of("s-1", "督查"));
    Period december = Period.month(YearMonth.of(2026, 12), ZoneId.of("Asia/Shanghai"));
    w.figure =
        new PublishedFigure(
            MetricKind.values()[0] + "/county.hrss/" + december.label() + "/v1",
            new Figure(
                MetricKind.values()[0],
                1,
                Optional.of(HRSS),
                december,
                december.end(),
                new Rate(17, 20)),
            "办结率 = 已办结 / 应办结",
            "0123456789abcdef".repeat(4),
            NEW_YEAR.plusSeconds(3600),
            Actor.of("ev-1", "考评员"));
    w.recheck =
        new PublishedRecheck(
            w.action.id(), HRSS, "台账不全", "补齐台账", 1, true, "已补齐", NEW_YEAR.plusSeconds(7200));
    w.attendance = new AttendanceRecord(STAFF, DEC_31, AttendanceStatus.PRESENT);
    w.quality = new ServiceQualityRecord(STAFF, JAN_4, QualitySource.PUBLIC_RATING, 5, "评价器 #3");
    w.conduct = new ConductCheck(STAFF, JAN_4, ConductRule.UNIFORM_AND_BADGE, true, "抽查");
    w.exercise = new Exercise(Exercise.Kind.DRILL, DEC_31, "疫情处置演练", 30, "演练记录", false);
    w.sealed =
        ArchiveFixtures.sealed(
            ArchiveFixtures.header("EF-2026-0001", "劳动争议", "county.hrss", DEC_31));
    w.filing = filing(w.sealed);
    w.fact =
        MatterFact.registered(
                MatterId.of(N.toString()), MatterKind.DISPUTE, "dispute.labour", COUNTY, T)
            .partyCount(2)
            .build();
    w.trace = MatterTrace.empty(N).apply(registered).orElseThrow().sealed(w.sealed.fileId());

    JpaReceptionRepository reception = new JpaReceptionRepository(store);
    JpaArchiveStore archive = new JpaArchiveStore(store);
    store
        .unitOfWork()
        .run(
            () -> {
              new JpaMatterRepository(store).save(w.matter);
              new JpaSupervisionFileRepository(store).save(w.supervision);
              new JpaGovernanceEventRepository(store).save(w.event);
              new JpaDutyRosterRepository(store).save(w.roster);
              reception.save(w.rota);
              reception.save(w.booking);
              reception.claimBookingDay(JAN_4, Version.NEW);
              store.auditTrail().append(w.audit);

              new JpaWarningRepository(store).save(w.warning);
              new JpaIncidentRepository(store).save(w.incident);
              new JpaEpidemicCaseRepository(store).save(w.epidemicCase);
              new JpaEpidemicCommandRepository(store).save(w.command);
              new JpaGuidanceTaskRepository(store).save(w.task);
              new JpaReportDossierRepository(store).save(w.dossier);
              new JpaMissedReportLog(store).record(w.missed);
              new JpaDailyCollectionStore(store).add(w.collection);
              new JpaFeedbackRepository(store).save(w.feedback);
              new JpaCorrectiveActionRepository(store).save(w.action);
              new JpaPublishedFigureStore(store).add(w.figure);
              new JpaRecheckBoard(store).publish(w.recheck);
              JpaStaffRecords staff = new JpaStaffRecords(store);
              staff.add(w.attendance);
              staff.add(w.quality);
              staff.add(w.conduct);
              new JpaExerciseLog(store).add(w.exercise);
              archive.add(w.sealed);
              new JpaVolumeStore(store).add(w.filing);
              new JpaCaseFactStore(store).upsert(w.fact);
              new JpaMatterTraceRepository(store).save(w.trace);
            });
    w.bookingDay = reception.bookingDayVersion(JAN_4);
    w.ledger = archive.ledger();
    w.sequence = store.sequences().next("331121-2026");
    return w;
  }

  private static void readEverything(JpaStore store, Written w) {
    // ---- casework
    Matter matter = new JpaMatterRepository(store).find(N).orElseThrow();
    assertThat(matter.snapshot()).isEqualTo(w.matter.snapshot());
    assertThat(matter.version()).isEqualTo(w.matter.version());
    SupervisionFile supervision =
        new JpaSupervisionFileRepository(store).find(N.toString()).orElseThrow();
    assertThat(supervision.snapshot()).isEqualTo(w.supervision.snapshot());
    assertThat(supervision.version()).isEqualTo(w.supervision.version());
    GovernanceEvent event = new JpaGovernanceEventRepository(store).find(N).orElseThrow();
    assertThat(event.snapshot()).isEqualTo(w.event.snapshot());
    assertThat(event.version()).isEqualTo(w.event.version());
    DutyRoster roster = new JpaDutyRosterRepository(store).find(w.roster.id()).orElseThrow();
    assertThat(roster.snapshot()).isEqualTo(w.roster.snapshot());
    assertThat(roster.version()).isEqualTo(w.roster.version());
    JpaReceptionRepository reception = new JpaReceptionRepository(store);
    ReceptionRota rota = reception.rota(YearMonth.of(2027, 1)).orElseThrow();
    assertThat(rota.snapshot()).isEqualTo(w.rota.snapshot());
    assertThat(rota.version()).isEqualTo(w.rota.version());
    ReceptionBooking booking = reception.booking(w.booking.id()).orElseThrow();
    assertThat(booking.snapshot()).isEqualTo(w.booking.snapshot());
    assertThat(booking.version()).isEqualTo(w.booking.version());
    assertThat(reception.bookingsOn(JAN_4)).containsExactly(w.booking.snapshot());
    assertThat(reception.bookingDayVersion(JAN_4)).isEqualTo(w.bookingDay);
    assertThat(store.auditTrail().of("Matter", N.toString())).containsExactly(w.audit);
    assertThat(store.sequences().next("331121-2026")).isEqualTo(w.sequence + 1);

    // ---- analysis: versioned aggregates
    Warning warning = new JpaWarningRepository(store).find(w.warning.id()).orElseThrow();
    assertThat(warning.snapshot()).isEqualTo(w.warning.snapshot());
    assertThat(warning.version()).isEqualTo(w.warning.version());
    assertThat(new JpaWarningRepository(store).openAbout(w.warning.subject()))
        .map(Warning::id)
        .contains(w.warning.id());
    Incident incident = new JpaIncidentRepository(store).find(w.incident.id()).orElseThrow();
    assertThat(incident.snapshot()).isEqualTo(w.incident.snapshot());
    assertThat(incident.version()).isEqualTo(w.incident.version());
    EpidemicCase epidemicCase =
        new JpaEpidemicCaseRepository(store).find(w.epidemicCase.id()).orElseThrow();
    assertThat(epidemicCase.snapshot()).isEqualTo(w.epidemicCase.snapshot());
    assertThat(epidemicCase.version()).isEqualTo(w.epidemicCase.version());
    EpidemicCommand command = new JpaEpidemicCommandRepository(store).find().orElseThrow();
    assertThat(command.mode()).as("the epidemic mode survives").isEqualTo(EpidemicMode.WARTIME);
    assertThat(command.snapshot()).isEqualTo(w.command.snapshot());
    assertThat(command.version()).isEqualTo(w.command.version());
    GuidanceTask task = new JpaGuidanceTaskRepository(store).find(w.task.id()).orElseThrow();
    assertThat(task.snapshot()).isEqualTo(w.task.snapshot());
    assertThat(task.version()).isEqualTo(w.task.version());
    ReportDossier dossier =
        new JpaReportDossierRepository(store).find(ReportKind.MONTHLY, "2026-12").orElseThrow();
    assertThat(dossier.snapshot()).isEqualTo(w.dossier.snapshot());
    assertThat(dossier.version()).isEqualTo(w.dossier.version());
    Feedback feedback = new JpaFeedbackRepository(store).find(w.feedback.ticket()).orElseThrow();
    assertThat(feedback.snapshot()).isEqualTo(w.feedback.snapshot());
    assertThat(feedback.version()).isEqualTo(w.feedback.version());
    CorrectiveAction action =
        new JpaCorrectiveActionRepository(store).find(w.action.id()).orElseThrow();
    assertThat(action.snapshot()).isEqualTo(w.action.snapshot());
    assertThat(action.version()).isEqualTo(w.action.version());

    // ---- analysis: records kept as recorded
    assertThat(new JpaMissedReportLog(store).all()).containsExactly(w.missed);
    assertThat(new JpaDailyCollectionStore(store).find(DEC_31)).contains(w.collection);
    assertThat(new JpaPublishedFigureStore(store).all()).containsExactly(w.figure);
    assertThat(new JpaRecheckBoard(store).published()).containsExactly(w.recheck);
    JpaStaffRecords staff = new JpaStaffRecords(store);
    assertThat(staff.attendance(DEC_31, JAN_4)).containsExactly(w.attendance);
    assertThat(staff.quality(DEC_31, JAN_4)).containsExactly(w.quality);
    assertThat(staff.conduct(DEC_31, JAN_4)).containsExactly(w.conduct);
    assertThat(new JpaExerciseLog(store).all()).containsExactly(w.exercise);
    JpaArchiveStore archive = new JpaArchiveStore(store);
    assertThat(archive.find(w.sealed.fileId())).contains(w.sealed);
    assertThat(archive.ledger().entries()).isEqualTo(w.ledger.entries());
    assertThat(archive.ledger().head()).isEqualTo(w.ledger.head());
    assertThat(archive.ledger().verify(archive::find).intact()).isTrue();
    JpaVolumeStore volumes = new JpaVolumeStore(store);
    assertThat(volumes.filingsOf(2026)).containsExactly(w.filing);
    assertThat(volumes.isFiled(w.sealed.fileId())).isTrue();
    JpaCaseFactStore facts = new JpaCaseFactStore(store);
    assertThat(facts.find(w.fact.id())).contains(w.fact);
    assertThat(facts.registeredBetween(T, NEW_YEAR)).containsExactly(w.fact);
    assertThat(new JpaMatterTraceRepository(store).find(N)).contains(w.trace);
  }

  /** The year's filing of one sealed file, as the yearly filing makes it. */
  private static FilingResult.Filed filing(SealedFile file) {
    VolumeKey key = new VolumeKey(2026, "劳动争议", HRSS);
    List<VolumeItem> items = new ArrayList<>();
    items.add(
        new VolumeItem(
            1,
            file.fileId(),
            file.header().title(),
            file.header().closedOn(),
            file.records().size(),
            file.seal()));
    Volume v = Volume.of("2026-劳动争议-county.hrss-1", key, "卷", Retention.YEARS_30, items);
    LocalDate on = LocalDate.of(2027, 1, 8);
    Actor archivist = Actor.of("s-101", "档案员");
    return new FilingResult.Filed(
        List.of(v),
        VolumeCatalogue.of(2026, on, archivist, List.of(v)),
        TransferList.of(2026, on, archivist, List.of(v), ArchiveLedger.GENESIS));
  }
}
