package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierNotFoundException;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.SignOffResult;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.db3311.sgc.core.warning.WarningLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which matters make a major risk, what a special report and a month's report hold. */
class RiskReportEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId DESK = UnitId.of("center.risk");
  static final Actor ANALYST = Actor.of("s-50", "研判员 吴");

  final InMemoryCaseFactSource facts = new InMemoryCaseFactSource();
  final InMemoryReportDossierRepository dossiers = new InMemoryReportDossierRepository();
  final InMemoryDailyCollectionStore collections = new InMemoryDailyCollectionStore();
  final List<MajorIncidentSource.MajorIncident> incidents = new ArrayList<>();
  MajorIncidentSource incidentSource = () -> List.copyOf(incidents);

  RiskReportService at(String instant) {
    return new RiskReportService(
        facts,
        new InMemoryWarningRepository(),
        incidentSource,
        collections,
        dossiers,
        new RiskReportSettings(ZONE, DESK, Map.of(), WarningLevel.ORANGE, 10, 30, 30),
        new InMemoryDomainEventPublisher(),
        new InMemoryAuditTrail(),
        Clock.fixed(Instant.parse(instant), ZONE));
  }

  MatterFact.Builder fact(String id, MatterKind kind, String category, String registered) {
    return MatterFact.registered(
        MatterId.of(id), kind, category, DivisionCode.of("331121"), Instant.parse(registered));
  }

  void add(MatterFact.Builder b) {
    facts.upsert(b.build());
  }

  void matters(String prefix, String category, String registered, int n) {
    for (int i = 0; i < n; i++) {
      add(fact(prefix + i, MatterKind.DISPUTE, category, registered));
    }
  }

  /** 2026-W53, 28 December 2026 to 3 January 2027. */
  static Span week53() {
    return Span.isoWeek(LocalDate.of(2026, 12, 28), ZONE);
  }

  @Nested
  @Implements("6.4.1.2")
  @DisplayName("6.4.1.2 重大风险事项应一事一专报 — which matters are major risks of a week")
  class MajorRisks {

    @Test
    @DisplayName("a stability event open in the week is one; a dispute is not")
    void only_stability_events() {
      add(fact("S1", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-20T02:00:00Z"));
      add(fact("D1", MatterKind.DISPUTE, "dispute.labour", "2026-12-29T02:00:00Z"));
      assertThat(at("2027-01-05T02:00:00Z").majorRisks(week53()))
          .extracting(MajorRisk::id)
          .containsExactly("ST-S1");
    }

    @Test
    @DisplayName("a stability event registered after the week, or closed before it, is not one")
    void stability_event_outside_the_week() {
      add(fact("LATE", MatterKind.STABILITY_EVENT, "event.stability", "2027-01-03T16:00:00Z"));
      add(
          fact("DONE", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-20T02:00:00Z")
              .closed(Instant.parse("2026-12-27T15:59:59Z"), Outcome.RESOLVED));
      add(
          fact("EDGE", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-20T02:00:00Z")
              .closed(Instant.parse("2026-12-27T16:00:00Z"), Outcome.RESOLVED));
      assertThat(at("2027-01-05T02:00:00Z").majorRisks(week53()))
          .extracting(MajorRisk::id)
          .as("closed at the week's first instant, it was still open in the week")
          .containsExactly("ST-EDGE");
    }

    @Test
    @DisplayName("a grade I–II emergency counts from its discovery until it is closed")
    void emergencies_in_the_week() {
      incidents.add(incident("EM-BEFORE", "2026-12-20T02:00:00Z", "2026-12-27T15:00:00Z"));
      incidents.add(incident("EM-AFTER", "2027-01-03T16:00:00Z", null));
      incidents.add(incident("EM-OPEN", "2026-12-20T02:00:00Z", null));
      incidents.add(incident("EM-CLOSED-IN", "2026-12-20T02:00:00Z", "2026-12-30T02:00:00Z"));
      assertThat(at("2027-01-05T02:00:00Z").majorRisks(week53()))
          .extracting(MajorRisk::id)
          .containsExactly("EM-OPEN", "EM-CLOSED-IN");
    }

    @Test
    @DisplayName("emergencies that cannot be read are a named problem; the other risks go on")
    void unreadable_emergencies() {
      add(fact("S1", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-29T02:00:00Z"));
      incidentSource =
          () -> {
            throw new IllegalStateException("emergency register offline");
          };
      RiskReportService s = at("2027-01-05T02:00:00Z");
      assertThat(s.majorRisks(week53())).extracting(MajorRisk::id).containsExactly("ST-S1");
      assertThat(s.problems()).singleElement().asString().contains("emergency register offline");
    }

    MajorIncidentSource.MajorIncident incident(String id, String discovered, String closed) {
      return new MajorIncidentSource.MajorIncident(
          id,
          "II",
          "山体滑坡",
          Instant.parse(discovered),
          Optional.ofNullable(closed).map(Instant::parse));
    }
  }

  @Nested
  @Implements("6.4.1.2")
  @DisplayName("6.4.1.2 一事一专报 — a special report lists every matter of its risk")
  class Special {

    @Test
    @DisplayName("each matter with its state as of the report; a closing after it is still open")
    void matters_and_states() {
      add(
          fact("S1", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-29T02:00:00Z")
              .closed(Instant.parse("2026-12-30T02:00:00Z"), Outcome.RESOLVED));
      MatterFact s1 = facts.find(MatterId.of("S1")).orElseThrow();
      MajorRisk risk = MajorRisk.stabilityEvent(s1, DESK);
      Report atClose =
          new SpecialReportBuilder(RiskReportSettings.defaults(ZONE, DESK))
              .draft(risk, Map.of(s1.id(), s1), Instant.parse("2026-12-30T02:00:00Z"));
      Report before =
          new SpecialReportBuilder(RiskReportSettings.defaults(ZONE, DESK))
              .draft(risk, Map.of(s1.id(), s1), Instant.parse("2026-12-30T01:59:59Z"));
      assertThat(matterTable(atClose).rows().get(0).get(6)).isEqualTo("办结 RESOLVED");
      assertThat(matterTable(before).rows().get(0).get(6)).isEqualTo("在办");
      assertThat(atClose.section("涉及事项").orElseThrow().charts().get(0).series().get(0).points())
          .as("registrations per day in the center's zone")
          .containsExactly(new org.db3311.sgc.core.risk.report.Chart.Point("2026-12-29", 1));
    }

    @Test
    @DisplayName("the service's special report holds the matter it read from the facts")
    void service_reads_the_matters() {
      add(fact("S1", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-29T02:00:00Z"));
      RiskReportService s = at("2027-01-05T02:00:00Z");
      MajorRisk risk = s.majorRisks(week53()).get(0);
      SpecialReportResult r = s.draftSpecial(risk);
      ReportDossier d = ((SpecialReportResult.Drafted) r).dossier();
      assertThat(matterTable(d.latest().content()).rows().get(0))
          .containsSequence("S1", "STABILITY_EVENT", "event.stability");
    }

    Table matterTable(Report r) {
      return r.section("涉及事项").orElseThrow().tables().get(0);
    }

    @Test
    @DisplayName("a special report covering two risks is not signed off")
    void one_risk_per_report() {
      add(fact("S1", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-29T02:00:00Z"));
      RiskReportService s = at("2027-01-05T02:00:00Z");
      ReportDossier d =
          ((SpecialReportResult.Drafted) s.draftSpecial(s.majorRisks(week53()).get(0))).dossier();
      Report two =
          new Report(
              ReportKind.SPECIAL,
              d.latest().content().subject(),
              "两事一报",
              Instant.parse("2027-01-05T02:00:00Z"),
              d.latest().content().sections(),
              d.latest().content().measures(),
              List.of("ST-S1", "ST-S2"));
      s.revise(d.id(), two, ANALYST);
      assertThat(s.signOff(d.id(), ANALYST))
          .isInstanceOfSatisfying(
              SignOffResult.Refused.class,
              x -> assertThat(x.problems()).singleElement().asString().contains("一事一专报"));
    }
  }

  @Nested
  @Implements("6.4.1.3")
  @DisplayName("6.4.1.3 每月…制定化解措施 — when a category is rising")
  class Rising {

    Report march() {
      return at("2027-04-01T01:00:00Z").draftMonthly(YearMonth.of(2027, 3)).report();
    }

    List<List<String>> risingRows(Report r) {
      Section s = r.section("重点风险").orElseThrow();
      return s.tables().isEmpty() ? List.of() : s.tables().get(0).rows();
    }

    @Test
    @DisplayName(
        "exactly 10 matters, or exactly 30 % up, is rising; 9 matters are not, however steep")
    void thresholds_inclusive() {
      matters("A", "劳动争议", "2027-03-05T02:00:00Z", 13);
      matters("a", "劳动争议", "2027-02-05T02:00:00Z", 10);
      matters("B", "邻里", "2027-03-05T02:00:00Z", 9);
      matters("C", "物业", "2027-03-05T02:00:00Z", 10);
      Report r = march();
      assertThat(risingRows(r)).extracting(row -> row.get(0)).containsExactly("劳动争议", "物业");
      assertThat(r.measures()).extracting(Measure::owner).containsExactly(DESK, DESK);
      assertThat(r.section("概况").orElseThrow().paragraphs().get(0))
          .contains("共采集事项 32 件，上月 10 件，环比 +22");
    }

    @Test
    @DisplayName("just under 30 % up is not rising, and the report says none rose")
    void below_percent() {
      matters("A", "劳动争议", "2027-03-05T02:00:00Z", 12);
      matters("a", "劳动争议", "2027-02-05T02:00:00Z", 10);
      Report r = march();
      assertThat(risingRows(r)).isEmpty();
      assertThat(r.measures()).isEmpty();
      assertThat(r.section("重点风险").orElseThrow().paragraphs().get(0)).contains("无显著上升");
    }

    @Test
    @DisplayName("the month's report is kept once; drafting it again returns the kept one")
    void kept_once() {
      matters("A", "劳动争议", "2027-03-05T02:00:00Z", 2);
      ReportDossier first =
          ((PeriodDraft.Final) at("2027-04-01T01:00:00Z").draftMonthly(YearMonth.of(2027, 3)))
              .dossier();
      matters("B", "邻里", "2027-03-06T02:00:00Z", 5);
      PeriodDraft again = at("2027-04-02T01:00:00Z").draftMonthly(YearMonth.of(2027, 3));
      assertThat(((PeriodDraft.Final) again).dossier().id()).isEqualTo(first.id());
      assertThat(again.report()).isEqualTo(first.latest().content());
    }
  }

  @Nested
  @Implements("6.4.1.2")
  @DisplayName("6.4.1.2 每周对采集的信息和数据的类型…进行梳理总结")
  class Weekly {

    @Test
    @DisplayName("the week's count against the week before, by kind and in the category pie")
    void week_against_week() {
      matters("A", "劳动争议", "2027-01-05T02:00:00Z", 3);
      add(fact("S", MatterKind.STABILITY_EVENT, "event.stability", "2027-01-05T03:00:00Z"));
      matters("a", "劳动争议", "2026-12-29T02:00:00Z", 1);
      Report r = at("2027-01-12T02:00:00Z").draftWeekly(LocalDate.of(2027, 1, 5)).report();
      assertThat(r.section("概况").orElseThrow().paragraphs().get(0))
          .contains("共采集事项 4 件，上周 1 件，环比 +3");
      assertThat(r.section("概况").orElseThrow().tables())
          .anySatisfy(
              t ->
                  assertThat(t.rows())
                      .contains(
                          List.of("DISPUTE", "3", "1", "+2", "+200.0%"),
                          List.of("STABILITY_EVENT", "1", "0", "+1", "新增")));
      assertThat(r.section("类型").orElseThrow().charts().get(0).series().get(0).points())
          .containsExactly(
              new org.db3311.sgc.core.risk.report.Chart.Point("劳动争议", 3),
              new org.db3311.sgc.core.risk.report.Chart.Point("event.stability", 1));
    }
  }

  @Nested
  @Implements({"6.4.1.2", "6.4.1.3"})
  @DisplayName("revising and signing off through the use cases")
  class UseCases {

    ReportDossier march(RiskReportService s) {
      matters("A", "劳动争议", "2027-03-05T02:00:00Z", 2);
      return ((PeriodDraft.Final) s.draftMonthly(YearMonth.of(2027, 3))).dossier();
    }

    @Test
    @DisplayName("a revision is the next version, and the snapshot shows it")
    void revise_returns_the_new_version() {
      RiskReportService s = at("2027-04-01T01:00:00Z");
      ReportDossier d = march(s);
      Report withMeasure =
          d.latest()
              .content()
              .withMeasures(List.of(new Measure("排查", DESK, LocalDate.of(2027, 4, 30), "analyst")));
      ReportDossier revised = s.revise(d.id(), withMeasure, ANALYST);
      assertThat(revised.latest().number()).isEqualTo(2);
      ReportDossier loaded = dossiers.find(d.id()).orElseThrow();
      assertThat(loaded.revise(withMeasure, ANALYST, Instant.parse("2027-04-01T02:00:00Z")))
          .as("the dossier's own revise returns the version it added")
          .isEqualTo(loaded.latest())
          .extracting(v -> v.number())
          .isEqualTo(3);
      ReportDossierSnapshot snap =
          s.revise(new ReviseReportUseCase.Revise(d.id(), withMeasure, ANALYST));
      assertThat(snap.versions()).hasSize(3);
      assertThat(s.dossier(d.id()).versions()).hasSize(3);
      assertThat(s.signOff(new ReviseReportUseCase.SignOff(d.id(), ANALYST)))
          .isInstanceOf(SignOffResult.SignedOff.class);
    }

    @Test
    @DisplayName("only a person revises a report; the system drafts")
    void system_does_not_revise() {
      RiskReportService s = at("2027-04-01T01:00:00Z");
      ReportDossier d = march(s);
      assertThatThrownBy(
              () ->
                  d.revise(
                      d.latest().content(), Actor.SYSTEM, Instant.parse("2027-04-01T02:00:00Z")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(d.versions()).hasSize(1);
    }

    @Test
    @DisplayName("a revision of another kind or subject is refused, naming the report")
    void revision_keeps_kind_and_subject() {
      RiskReportService s = at("2027-04-01T01:00:00Z");
      ReportDossier d = march(s);
      Report other =
          new Report(
              ReportKind.MONTHLY,
              "2027-02",
              "二月",
              Instant.parse("2027-04-01T01:00:00Z"),
              d.latest().content().sections(),
              List.of(),
              List.of());
      assertThatThrownBy(() -> s.revise(d.id(), other, ANALYST))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("report MR-2027-03 is the MONTHLY report on 2027-03");
    }

    @Test
    @DisplayName("signing off the system's draft unchanged is recorded as such")
    void signing_the_system_draft_is_recorded() {
      add(fact("S1", MatterKind.STABILITY_EVENT, "event.stability", "2026-12-29T02:00:00Z"));
      RiskReportService s = at("2027-01-05T02:00:00Z");
      ReportDossier d =
          ((SpecialReportResult.Drafted) s.draftSpecial(s.majorRisks(week53()).get(0))).dossier();
      ReportDossier loaded = dossiers.find(d.id()).orElseThrow();
      assertThat(loaded.signOff(ANALYST, Instant.parse("2027-01-05T03:00:00Z")))
          .isInstanceOf(SignOffResult.SignedOff.class);
      assertThat(loaded.pendingEvents().getLast().detail())
          .contains("version 1 (the system's draft) signed off");
    }

    @Test
    @DisplayName("an unknown dossier is reported as not found")
    void unknown() {
      RiskReportService s = at("2027-04-01T01:00:00Z");
      assertThatThrownBy(() -> s.dossier(ReportDossierId.of("MR-2099-01")))
          .isInstanceOf(ReportDossierNotFoundException.class);
    }
  }

  @Nested
  @Implements("6.4.1.1")
  @DisplayName("6.4.1.1 每日采集汇总 — the day's collection, kept once")
  class Daily {

    @Test
    @DisplayName("the day's items come in the order they were registered")
    void ordered() {
      add(fact("B", MatterKind.DISPUTE, "dispute.labour", "2026-12-31T05:00:00Z"));
      add(fact("A", MatterKind.DISPUTE, "dispute.labour", "2026-12-31T06:00:00Z"));
      add(fact("C", MatterKind.DISPUTE, "dispute.labour", "2026-12-31T01:00:00Z"));
      DailyCollection c = at("2027-01-01T02:00:00Z").collect(LocalDate.of(2026, 12, 31));
      assertThat(c.registered()).extracting(i -> i.matter().value()).containsExactly("C", "B", "A");
    }

    @Test
    @DisplayName("the day's results too come in the order their matters were registered")
    void resolved_ordered() {
      add(
          fact("B", MatterKind.DISPUTE, "dispute.labour", "2026-12-20T05:00:00Z")
              .closed(Instant.parse("2026-12-31T01:00:00Z"), Outcome.RESOLVED));
      add(
          fact("A", MatterKind.DISPUTE, "dispute.labour", "2026-12-21T05:00:00Z")
              .closed(Instant.parse("2026-12-31T00:30:00Z"), Outcome.RESOLVED));
      add(
          fact("C", MatterKind.DISPUTE, "dispute.labour", "2026-12-19T05:00:00Z")
              .closed(Instant.parse("2026-12-31T02:00:00Z"), Outcome.RESOLVED));
      DailyCollection c = at("2027-01-01T02:00:00Z").collect(LocalDate.of(2026, 12, 31));
      assertThat(c.resolved()).extracting(i -> i.matter().value()).containsExactly("C", "B", "A");
    }

    @Test
    @DisplayName("a collection kept is returned again, unchanged by later facts")
    void kept() {
      add(fact("A", MatterKind.DISPUTE, "dispute.labour", "2026-12-31T05:00:00Z"));
      DailyCollection first = at("2027-01-01T02:00:00Z").collect(LocalDate.of(2026, 12, 31));
      add(fact("B", MatterKind.DISPUTE, "dispute.labour", "2026-12-31T06:00:00Z"));
      assertThat(at("2027-01-02T02:00:00Z").collect(LocalDate.of(2026, 12, 31))).isSameAs(first);
    }

    @Test
    @DisplayName("a collection kept inside a failed unit of work is not kept")
    void rolled_back() {
      DailyCollection c =
          new DailyCollection(
              LocalDate.of(2026, 12, 31),
              Instant.parse("2027-01-01T00:00:00Z"),
              List.of(),
              List.of());
      assertThatThrownBy(
              () ->
                  new InMemoryUnitOfWork()
                      .inTransaction(
                          () -> {
                            collections.add(c);
                            throw new IllegalStateException("boom");
                          }))
          .hasMessage("boom");
      assertThat(collections.find(LocalDate.of(2026, 12, 31))).isEmpty();
    }
  }
}
