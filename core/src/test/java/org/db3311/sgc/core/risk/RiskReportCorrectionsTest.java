package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.db3311.sgc.core.warning.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reports made after their period, major risks beyond warnings, missed reports supervised. */
class RiskReportCorrectionsTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId DESK = UnitId.of("center.risk");
  static final UnitId LEADERS = UnitId.of("center.leadership");
  static final Actor ANALYST = Actor.of("s-50", "研判员 吴");

  final InMemoryCaseFactSource facts = new InMemoryCaseFactSource();
  final InMemoryReportDossierRepository dossiers = new InMemoryReportDossierRepository();
  final InMemoryDailyCollectionStore collections = new InMemoryDailyCollectionStore();
  final List<MajorIncidentSource.MajorIncident> incidents = new ArrayList<>();

  RiskReportService at(String instant) {
    return at(instant, facts);
  }

  RiskReportService at(String instant, CaseFactSource source) {
    return new RiskReportService(
        source,
        new InMemoryWarningRepository(),
        () -> List.copyOf(incidents),
        collections,
        dossiers,
        RiskReportSettings.defaults(ZONE, DESK),
        new InMemoryDomainEventPublisher(),
        new InMemoryAuditTrail(),
        Clock.fixed(Instant.parse(instant), ZONE));
  }

  void fact(String id, MatterKind kind, String registered) {
    facts.upsert(
        MatterFact.registered(
                MatterId.of(id),
                kind,
                kind == MatterKind.STABILITY_EVENT ? "event.stability" : "dispute.labour",
                DivisionCode.of("331121"),
                Instant.parse(registered))
            .build());
  }

  @Nested
  @Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
  @DisplayName("a period's report is made after the period ends, or marked interim")
  class AfterThePeriod {

    @Test
    @DisplayName(
        "a week drafted on its Wednesday is interim and kept nowhere; after Sunday it is final")
    void weekly() {
      fact("A1", MatterKind.DISPUTE, "2026-11-30T02:00:00Z");
      PeriodDraft mid = at("2026-12-02T02:00:00Z").draftWeekly(LocalDate.of(2026, 12, 2));
      assertThat(mid).isInstanceOf(PeriodDraft.Interim.class);
      assertThat(mid.report().title()).contains("中期");
      assertThat(mid.report().sections().getFirst().heading()).isEqualTo("中期说明");
      assertThat(dossiers.all()).isEmpty();

      fact("A2", MatterKind.DISPUTE, "2026-12-04T02:00:00Z");
      PeriodDraft end = at("2026-12-07T01:00:00Z").draftWeekly(LocalDate.of(2026, 12, 2));
      assertThat(end).isInstanceOf(PeriodDraft.Final.class);
      assertThat(end.report().section("概况").orElseThrow().paragraphs().getFirst())
          .as("Thursday's matter is in the week's report")
          .contains("共采集事项 2 件");
      assertThat(dossiers.find(ReportKind.WEEKLY, "2026-W49")).isPresent();
    }

    @Test
    @DisplayName("a month drafted before its end is interim; December is final on 1 January")
    void monthly_across_the_year() {
      fact("D1", MatterKind.DISPUTE, "2026-12-10T02:00:00Z");
      assertThat(at("2026-12-20T02:00:00Z").draftMonthly(YearMonth.of(2026, 12)))
          .isInstanceOf(PeriodDraft.Interim.class);
      assertThat(dossiers.all()).isEmpty();
      assertThat(at("2027-01-01T01:00:00Z").draftMonthly(YearMonth.of(2026, 12)))
          .isInstanceOf(PeriodDraft.Final.class);
      assertThat(dossiers.find(ReportKind.MONTHLY, "2026-12")).isPresent();
    }

    @Test
    @DisplayName("a day collected before it ends is interim and not kept")
    void daily() {
      fact("C1", MatterKind.DISPUTE, "2026-12-03T01:00:00Z");
      assertThat(at("2026-12-03T03:00:00Z").collect(LocalDate.of(2026, 12, 3)).interim()).isTrue();
      assertThat(collections.find(LocalDate.of(2026, 12, 3))).isEmpty();
      fact("C2", MatterKind.DISPUTE, "2026-12-03T08:00:00Z");
      DailyCollection kept = at("2026-12-04T00:30:00Z").collect(LocalDate.of(2026, 12, 3));
      assertThat(kept.interim()).isFalse();
      assertThat(kept.registered()).hasSize(2);
      assertThat(collections.find(LocalDate.of(2026, 12, 3))).contains(kept);
    }
  }

  @Nested
  @Implements("6.4.1.2")
  @DisplayName("重大风险事项 include stability events and grade I–II emergencies, each with its report")
  class MajorRisks {

    @Test
    @DisplayName("a stability event and a grade II emergency are major risks without any warning")
    void beyond_warnings() {
      fact("S1", MatterKind.STABILITY_EVENT, "2026-11-24T02:00:00Z");
      fact("X1", MatterKind.DISPUTE, "2026-11-24T02:00:00Z");
      incidents.add(
          new MajorIncidentSource.MajorIncident(
              "EM-2026-0003",
              "II",
              "山体滑坡",
              Instant.parse("2026-11-25T02:00:00Z"),
              Optional.empty()));
      RiskReportService s = at("2026-11-30T20:00:00Z");
      List<MajorRisk> risks = s.majorRisks(Span.isoWeek(LocalDate.of(2026, 11, 25), ZONE));
      assertThat(risks).extracting(MajorRisk::id).containsExactly("ST-S1", "EM-2026-0003");
      assertThat(risks)
          .extracting(MajorRisk::level)
          .containsExactly(WarningLevel.ORANGE, WarningLevel.ORANGE);

      Report weekly = s.draftWeekly(LocalDate.of(2026, 11, 25)).report();
      assertThat(weekly.references()).containsExactlyInAnyOrder("SR-ST-S1", "SR-EM-2026-0003");
      assertThat(dossiers.find(ReportKind.SPECIAL, "ST-S1")).isPresent();
    }

    @Test
    @DisplayName("only grades I and II are major incidents")
    void grades() {
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () ->
                      new MajorIncidentSource.MajorIncident(
                          "EM-1",
                          "III",
                          "x",
                          Instant.parse("2026-11-25T02:00:00Z"),
                          Optional.empty())))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("one failing item does not stop a report")
  class FailingItems {

    @Test
    @DisplayName("a matter that cannot be read is named; the special report and the week go on")
    void unreadable_matter() {
      fact("S1", MatterKind.STABILITY_EVENT, "2026-11-24T02:00:00Z");
      fact("S2", MatterKind.STABILITY_EVENT, "2026-11-24T03:00:00Z");
      CaseFactSource flaky =
          new CaseFactSource() {
            @Override
            public Stream<MatterFact> all() {
              return facts.all();
            }

            @Override
            public Optional<MatterFact> find(MatterId id) {
              if (id.value().equals("S1")) {
                throw new IllegalStateException("storage read failed");
              }
              return facts.find(id);
            }
          };
      RiskReportService s = at("2026-11-30T20:00:00Z", flaky);

      Report weekly = s.draftWeekly(LocalDate.of(2026, 11, 25)).report();

      assertThat(weekly.references()).containsExactlyInAnyOrder("SR-ST-S1", "SR-ST-S2");
      Report special = dossiers.find(ReportKind.SPECIAL, "ST-S1").orElseThrow().latest().content();
      assertThat(
              special.section(RiskReportService.PROBLEMS).orElseThrow().tables().getFirst().rows())
          .singleElement()
          .asString()
          .contains("S1", "storage read failed");
      assertThat(s.problems()).singleElement().asString().contains("S1");
    }

    @Test
    @DisplayName(
        "a special report that cannot be drafted is named; the weekly report is still made")
    void failing_special_report() {
      fact("S1", MatterKind.STABILITY_EVENT, "2026-11-24T02:00:00Z");
      incidents.add(
          new MajorIncidentSource.MajorIncident(
              "EM-9", "I", "山洪", Instant.parse("2026-11-26T02:00:00Z"), Optional.empty()));
      org.db3311.sgc.core.risk.report.ReportDossierRepository failing =
          new org.db3311.sgc.core.risk.report.ReportDossierRepository() {
            @Override
            public void save(ReportDossier d) {
              if (d.id().equals(ReportDossierId.of("SR-ST-S1"))) {
                throw new IllegalStateException("disk full");
              }
              dossiers.save(d);
            }

            @Override
            public Optional<ReportDossier> find(ReportDossierId id) {
              return dossiers.find(id);
            }

            @Override
            public Optional<ReportDossier> find(ReportKind kind, String subject) {
              return dossiers.find(kind, subject);
            }

            @Override
            public List<ReportDossier> all() {
              return dossiers.all();
            }

            @Override
            public List<ReportDossierId> ids() {
              return dossiers.ids();
            }
          };
      RiskReportService s =
          new RiskReportService(
              facts,
              new InMemoryWarningRepository(),
              () -> List.copyOf(incidents),
              collections,
              failing,
              RiskReportSettings.defaults(ZONE, DESK),
              new InMemoryDomainEventPublisher(),
              new InMemoryAuditTrail(),
              Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZONE));

      Report weekly = s.draftWeekly(LocalDate.of(2026, 11, 25)).report();

      assertThat(weekly.references()).containsExactly("SR-EM-9");
      assertThat(
              weekly.section(RiskReportService.PROBLEMS).orElseThrow().tables().getFirst().rows())
          .singleElement()
          .asString()
          .contains("ST-S1", "disk full");
      assertThat(failing.find(ReportKind.WEEKLY, "2026-W48")).isPresent();
    }

    @Test
    @DisplayName("a dossier that cannot be read is named in the list; the others are listed")
    void unreadable_dossier_in_the_list() {
      fact("S1", MatterKind.STABILITY_EVENT, "2026-11-24T02:00:00Z");
      at("2026-11-30T20:00:00Z").draftWeekly(LocalDate.of(2026, 11, 25));
      org.db3311.sgc.core.risk.report.ReportDossierRepository unreadable =
          new org.db3311.sgc.core.risk.report.ReportDossierRepository() {
            @Override
            public void save(ReportDossier d) {
              dossiers.save(d);
            }

            @Override
            public Optional<ReportDossier> find(ReportDossierId id) {
              if (id.value().equals("SR-ST-S1")) {
                throw new IllegalStateException("document cannot be decoded");
              }
              return dossiers.find(id);
            }

            @Override
            public Optional<ReportDossier> find(ReportKind kind, String subject) {
              return dossiers.find(kind, subject);
            }

            @Override
            public List<ReportDossier> all() {
              throw new IllegalStateException("document cannot be decoded");
            }

            @Override
            public List<ReportDossierId> ids() {
              return dossiers.ids();
            }
          };
      RiskReportService s =
          new RiskReportService(
              facts,
              new InMemoryWarningRepository(),
              () -> List.copyOf(incidents),
              collections,
              unreadable,
              RiskReportSettings.defaults(ZONE, DESK),
              new InMemoryDomainEventPublisher(),
              new InMemoryAuditTrail(),
              Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZONE));

      org.db3311.sgc.core.common.SweepResult<org.db3311.sgc.core.risk.report.ReportDossierSnapshot>
          list = s.dossiers();

      assertThat(list.items()).extracting(d -> d.id().value()).containsExactly("WR-2026-W48");
      assertThat(list.failed())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.item()).isEqualTo("SR-ST-S1");
                assertThat(f.reason()).contains("document cannot be decoded");
              });
    }
  }

  @Nested
  @Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
  @DisplayName("a missed daily, weekly or monthly report raises a supervision notice")
  class Missed {

    final InMemoryMissedReportLog log = new InMemoryMissedReportLog();

    MissedReportMonitor monitor(String now, InMemoryNotifier notifier) {
      return new MissedReportMonitor(
          collections,
          dossiers,
          log,
          notifier,
          ReportSchedule.defaults(ZONE, LocalDate.of(2026, 11, 30), DESK, LEADERS),
          Clock.fixed(Instant.parse(now), ZONE));
    }

    @Test
    @DisplayName("missed days and a missed week are noticed once, across the year boundary")
    void noticed_once() {
      Clock c = Clock.fixed(Instant.parse("2027-01-08T02:00:00Z"), ZONE);
      InMemoryNotifier notifier = new InMemoryNotifier(c);
      // every day collected except 2026-12-31; week 2026-W49 signed off, the others not
      for (LocalDate d = LocalDate.of(2026, 11, 30);
          d.isBefore(LocalDate.of(2027, 1, 8));
          d = d.plusDays(1)) {
        if (!d.equals(LocalDate.of(2026, 12, 31))) {
          collections.add(
              new DailyCollection(d, Instant.parse("2027-01-08T00:00:00Z"), List.of(), List.of()));
        }
      }
      fact("W", MatterKind.DISPUTE, "2026-12-01T02:00:00Z");
      RiskReportService s = at("2026-12-07T01:00:00Z");
      ReportDossier w49 = ((PeriodDraft.Final) s.draftWeekly(LocalDate.of(2026, 12, 2))).dossier();
      s.signOff(w49.id(), ANALYST);
      ReportDossier nov =
          ((PeriodDraft.Final) at("2026-12-02T01:00:00Z").draftMonthly(YearMonth.of(2026, 11)))
              .dossier();
      s.revise(
          nov.id(),
          nov.latest()
              .content()
              .withMeasures(List.of(new Measure("排查", DESK, LocalDate.of(2026, 12, 31), "a"))),
          ANALYST);
      s.signOff(nov.id(), ANALYST);

      MissedReportMonitor.Sweep first = monitor("2027-01-08T02:00:00Z", notifier).sweep();

      assertThat(first.notified())
          .extracting(MissedReport::key)
          .containsExactlyInAnyOrder(
              "DAILY_COLLECTION:2026-12-31",
              "WEEKLY:2026-W50",
              "WEEKLY:2026-W51",
              "WEEKLY:2026-W52",
              "WEEKLY:2026-W53",
              "MONTHLY:2026-12");
      assertThat(notifier.sentAbout("WEEKLY:2026-W53"))
          .extracting(n -> n.recipient().unit().orElseThrow())
          .containsExactly(DESK, LEADERS);
      assertThat(notifier.sent())
          .allSatisfy(n -> assertThat(n.channel()).isEqualTo(Notification.Channel.UNIT_INBOX));
      assertThat(monitor("2027-01-08T05:00:00Z", notifier).sweep().notified())
          .as("each missed report is noticed once")
          .isEmpty();
    }

    @Test
    @DisplayName(
        "a notice that cannot be sent is reported and sent on the next sweep; others go on")
    void failing_notice() {
      InMemoryNotifier good = new InMemoryNotifier(Clock.systemUTC());
      org.db3311.sgc.core.common.Notifier flaky =
          n -> {
            if (n.reference().equals("DAILY_COLLECTION:2026-11-30")) {
              throw new IllegalStateException("inbox down");
            }
            return good.send(n);
          };
      MissedReportMonitor m =
          new MissedReportMonitor(
              collections,
              dossiers,
              log,
              flaky,
              ReportSchedule.defaults(ZONE, LocalDate.of(2026, 11, 30), DESK, LEADERS),
              Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZONE));
      MissedReportMonitor.Sweep sweep = m.sweep();
      assertThat(sweep.failures()).singleElement().asString().contains("inbox down");
      assertThat(sweep.notified()).extracting(MissedReport::period).containsExactly("2026-12-01");
      assertThat(log.all()).extracting(MissedReport::period).containsExactly("2026-12-01");
      assertThat(monitor("2026-12-03T03:00:00Z", good).sweep().notified())
          .extracting(MissedReport::period)
          .containsExactly("2026-11-30");
    }
  }
}
