package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossier;
import org.db3311.sgc.core.risk.report.ReportDossierEvent;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.SignOffResult;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.core.warning.InMemoryWarningPublisher;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.db3311.sgc.core.warning.OwnerPolicy;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningModel;
import org.db3311.sgc.core.warning.WarningService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("6.4 风险研判 — weekly bulletin, one special report per major risk, monthly report")
class RiskReportServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId DESK = UnitId.of("center.risk");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final Actor ANALYST = Actor.of("s-50", "研判员 吴");

  /** Wednesday of ISO week 2025-W11 (10–16 March). */
  static final Instant WED = Instant.parse("2025-03-12T02:00:00Z");

  final InMemoryCaseFactSource source = new InMemoryCaseFactSource();
  final InMemoryWarningRepository warnings = new InMemoryWarningRepository();
  final InMemoryReportDossierRepository dossiers = new InMemoryReportDossierRepository();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();
  final List<MajorIncidentSource.MajorIncident> incidents = new ArrayList<>();
  final InMemoryDailyCollectionStore collections = new InMemoryDailyCollectionStore();

  /** The period's kept dossier; fails when the draft was only interim. */
  static ReportDossier dossier(PeriodDraft d) {
    assertThat(d).isInstanceOf(PeriodDraft.Final.class);
    return ((PeriodDraft.Final) d).dossier();
  }

  RiskReportService at(Instant now) {
    return new RiskReportService(
        source,
        warnings,
        () -> List.copyOf(incidents),
        collections,
        dossiers,
        new RiskReportSettings(ZONE, DESK, Map.of("劳动争议", HRSS), WarningLevel.ORANGE, 10, 30, 30),
        events,
        audit,
        Clock.fixed(now, ZONE));
  }

  void matters(String prefix, String category, String cause, Instant at, int n, int parties) {
    for (int i = 0; i < n; i++) {
      source.upsert(
          MatterFact.registered(
                  MatterId.of(prefix + i),
                  MatterKind.DISPUTE,
                  category,
                  DivisionCode.of("331121"),
                  at.plusSeconds(i))
              .cause(cause)
              .partyCount(parties)
              .build());
    }
  }

  void scanWarnings(Instant at) {
    new WarningService(
            source,
            WarningModel.defaults(),
            warnings,
            ids,
            new InMemoryWarningPublisher(),
            new OwnerPolicy(DESK, Map.of()),
            WarningLevel.ORANGE,
            events,
            audit,
            Clock.fixed(at, ZONE))
        .scan();
  }

  static List<String> column(Table t, int col) {
    return t.rows().stream().map(r -> r.get(col)).toList();
  }

  @Nested
  @Implements("6.4.1.2")
  @DisplayName("6.4.1.2 每周形成研判专报，重大风险事项应一事一专报")
  class Weekly {

    @Test
    @DisplayName("types and causes against the previous week")
    void week_over_week() {
      matters("A", "劳动争议", "欠薪", WED, 6, 1);
      matters("B", "邻里", "噪音", WED, 2, 1);
      matters("C", "劳动争议", "欠薪", WED.minus(Duration.ofDays(7)), 4, 1);
      matters("D", "物业", "服务质量", WED.minus(Duration.ofDays(7)), 3, 1);

      Report r = at(WED.plus(Duration.ofDays(5))).draftWeekly(LocalDate.of(2025, 3, 12)).report();

      assertThat(r.subject()).isEqualTo("2025-W11");
      Table types = r.section("类型").orElseThrow().tables().get(0);
      assertThat(types.rows())
          .containsExactly(
              List.of("劳动争议", "6", "4", "+2", "+50.0%"),
              List.of("邻里", "2", "0", "+2", "新增"),
              List.of("物业", "0", "3", "-3", "-100.0%"));
      Table causes = r.section("成因").orElseThrow().tables().get(0);
      assertThat(column(causes, 0)).containsExactly("欠薪", "噪音", "服务质量");
      assertThat(r.section("趋势").orElseThrow().charts().get(0).series())
          .allSatisfy(s -> assertThat(s.points()).hasSize(7));
      assertThat(r.section("概况").orElseThrow().paragraphs().get(0)).contains("共采集事项 8 件，上周 7 件");
    }

    @Test
    @DisplayName(
        "each major risk gets its own special report, referred to and never folded into the week")
    void one_special_report_per_major_risk() {
      matters("G", "劳动争议", "欠薪", WED, 1, 40);
      matters("H", "邻里", "噪音", WED, 1, 35);
      scanWarnings(WED.plusSeconds(600));
      RiskReportService service = at(WED.plus(Duration.ofDays(5)));

      ReportDossier weekly = dossier(service.draftWeekly(LocalDate.of(2025, 3, 12)));

      List<ReportDossier> specials =
          dossiers.all().stream().filter(d -> d.kind() == ReportKind.SPECIAL).toList();
      assertThat(specials).hasSize(2);
      Report w = weekly.latest().content();
      assertThat(w.references())
          .containsExactlyInAnyOrderElementsOf(specials.stream().map(d -> d.id().value()).toList());
      assertThat(w.sections()).extracting(Section::heading).doesNotContain("涉及事项", "研判依据", "风险概述");
      assertThat(w.section("重大风险专报").orElseThrow().paragraphs().get(0)).contains("一事一专报");
      Report special = specials.get(0).latest().content();
      assertThat(special.references()).hasSize(1);
      assertThat(special.section("涉及事项").orElseThrow().tables().get(0).rows()).hasSize(1);

      MajorRisk again = service.majorRisks(Span.isoWeek(LocalDate.of(2025, 3, 12), ZONE)).get(0);
      assertThat(service.draftSpecial(again))
          .isInstanceOf(SpecialReportResult.AlreadyReported.class);
      assertThat(dossier(service.draftWeekly(LocalDate.of(2025, 3, 14))).id())
          .isEqualTo(weekly.id());
    }
  }

  @Nested
  @Implements("6.4.1.3")
  @DisplayName("6.4.1.3 每月分析所有汇总的信息和数据，制定化解措施，形成研判报告")
  class Monthly {

    @Test
    @DisplayName("a rising category and an open major warning each get a measure with its owner")
    void measures_with_owners() {
      matters("M", "劳动争议", "欠薪", Instant.parse("2025-03-05T02:00:00Z"), 13, 1);
      matters("F", "劳动争议", "欠薪", Instant.parse("2025-02-05T02:00:00Z"), 9, 1);
      matters("G", "邻里", "噪音", Instant.parse("2025-03-20T02:00:00Z"), 1, 45);
      scanWarnings(Instant.parse("2025-03-20T03:00:00Z"));

      Report r =
          at(Instant.parse("2025-04-01T01:00:00Z")).draftMonthly(YearMonth.of(2025, 3)).report();

      assertThat(r.measures())
          .extracting(Measure::owner, Measure::due)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(HRSS, LocalDate.of(2025, 4, 30)),
              org.assertj.core.groups.Tuple.tuple(DESK, LocalDate.of(2025, 4, 30)));
      assertThat(r.section("重点风险").orElseThrow().tables().get(0).rows())
          .containsExactly(List.of("劳动争议", "13", "9", "+4", "+44.4%"));
      assertThat(r.section("预警").orElseThrow().tables().get(0).rows())
          .contains(List.of("ORANGE", "1"));
      assertThat(r.sections())
          .extracting(Section::heading)
          .containsExactly("概况", "类型", "成因", "地域", "办理情况", "预警", "重点风险");
    }

    @Test
    @DisplayName("a person signs off; the system's draft and the signed version are both kept")
    void draft_and_signed_versions_kept() {
      matters("M", "劳动争议", "欠薪", Instant.parse("2025-03-05T02:00:00Z"), 13, 1);
      RiskReportService service = at(Instant.parse("2025-04-01T01:00:00Z"));
      ReportDossier d = dossier(service.draftMonthly(YearMonth.of(2025, 3)));
      Report draft = d.latest().content();
      List<Measure> edited = new ArrayList<>(draft.measures());
      edited.add(
          new Measure("开展欠薪专项排查", UnitId.of("county.hrss"), LocalDate.of(2025, 4, 15), "analyst"));

      service.revise(d.id(), draft.withMeasures(edited), ANALYST);
      SignOffResult result = service.signOff(d.id(), ANALYST);

      assertThat(result).isInstanceOf(SignOffResult.SignedOff.class);
      ReportDossier kept = dossiers.find(d.id()).orElseThrow();
      assertThat(kept.systemDraft().content()).isEqualTo(draft);
      assertThat(kept.systemDraft().bySystem()).isTrue();
      assertThat(kept.signedVersion().orElseThrow().content().measures()).hasSize(edited.size());
      assertThat(kept.signedBy()).contains(ANALYST);
      assertThatThrownBy(() -> service.revise(d.id(), draft, ANALYST))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("SIGNED_OFF");
    }

    @Test
    @DisplayName("sign-off is refused without measures, and only a person signs")
    void refused_without_measures() {
      RiskReportService service = at(Instant.parse("2025-04-01T01:00:00Z"));
      ReportDossier d = dossier(service.draftMonthly(YearMonth.of(2025, 3)));
      assertThat(d.latest().content().measures()).isEmpty();

      SignOffResult r = service.signOff(d.id(), ANALYST);

      assertThat(r).isInstanceOf(SignOffResult.Refused.class);
      assertThat(((SignOffResult.Refused) r).problems())
          .singleElement()
          .asString()
          .contains("6.4.1.3");
      assertThat(dossiers.find(d.id()).orElseThrow().state())
          .isEqualTo(ReportDossier.State.DRAFTED);
      assertThatThrownBy(() -> service.signOff(d.id(), Actor.SYSTEM))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("only a person");
    }
  }

  @Test
  @Implements("6.4.1.3")
  @DisplayName(
      "the system's draft, a revision and the sign-off are audited and published; a refused sign-off is not")
  void every_change_is_recorded() {
    matters("A", "劳动争议", "欠薪", Instant.parse("2025-03-05T02:00:00Z"), 3, 1);
    RiskReportService s = at(Instant.parse("2025-04-02T02:00:00Z"));
    ReportDossier d = dossier(s.draftMonthly(java.time.YearMonth.of(2025, 3)));
    Actor analyst = Actor.of("s-50", "研判员 吴");
    assertThat(s.signOff(d.id(), analyst))
        .isInstanceOf(org.db3311.sgc.core.risk.report.SignOffResult.Refused.class);
    Report draft = d.latest().content();
    s.revise(
        d.id(),
        draft.withMeasures(
            List.of(
                new Measure(
                    "开展欠薪专项排查", UnitId.of("county.hrss"), LocalDate.of(2025, 4, 15), "analyst"))),
        analyst);
    s.signOff(d.id(), analyst);

    List<ReportDossierEvent> recorded = RecordedChanges.of(events, audit, ReportDossierEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "DRAFT -→DRAFTED", "REVISE DRAFTED→DRAFTED", "SIGN_OFF DRAFTED→SIGNED_OFF");
    assertThat(recorded)
        .extracting(ReportDossierEvent::actor)
        .containsExactly(Actor.SYSTEM, analyst, analyst);
    assertThat(recorded.getLast().detail()).contains("version 2");
  }
}
