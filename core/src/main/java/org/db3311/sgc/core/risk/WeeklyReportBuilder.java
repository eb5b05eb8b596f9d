package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.risk.report.Chart;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.Table;

/**
 * Drafts the weekly bulletin (每周研判专报, 6.4.1.2): the week's matters by type and by cause against the
 * week before, by place, the daily trend, and a list of the week's major risks that refers to their
 * special reports without taking in their content (一事一专报 is never folded into the week).
 */
@Implements("6.4.1.2")
final class WeeklyReportBuilder {

  /** A special report the weekly report refers to. */
  public record SpecialReference(
      ReportDossierId dossierId, String riskId, String title, String level) {
    public SpecialReference {
      Objects.requireNonNull(dossierId, "dossierId");
      Objects.requireNonNull(riskId, "riskId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(level, "level");
    }
  }

  /** The draft from the facts themselves, read one by one. */
  public Report draft(
      Span week, Iterable<MatterFact> facts, List<SpecialReference> specials, Instant asOf) {
    PeriodTally now = new PeriodTally(week);
    PeriodTally before = new PeriodTally(week.previous());
    for (MatterFact f : facts) {
      if (!f.registeredAt().isAfter(asOf)) {
        PeriodTally.add(f, now, before);
      }
    }
    return draft(week, now, before, specials, asOf);
  }

  /** The draft from the source's counts of the week and the week before. */
  public Report draft(
      Span week, CaseFactSource facts, List<SpecialReference> specials, Instant asOf) {
    return draft(
        week,
        PeriodTally.counted(week, facts, asOf),
        PeriodTally.counted(week.previous(), facts, asOf),
        specials,
        asOf);
  }

  private Report draft(
      Span week,
      PeriodTally now,
      PeriodTally before,
      List<SpecialReference> specials,
      Instant asOf) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            "概况",
            List.of(
                String.format(
                    "本周（%s）共采集事项 %d 件，上周 %d 件，环比 %s（%s）；本周办结 %d 件。",
                    week.label(),
                    now.registered,
                    before.registered,
                    Comparison.signed(now.registered - before.registered),
                    Comparison.percent(now.registered, before.registered),
                    now.closed)),
            List.of(Comparison.table("按事项种类", "种类", byKind(now), byKind(before))),
            List.of()));
    sections.add(
        new Section(
            "类型",
            List.of("按纠纷、诉求类型统计本周事项及环比变化。"),
            List.of(Comparison.table("按类型", "类型", now.byCategory, before.byCategory)),
            List.of(pie("类型构成", now.byCategory))));
    sections.add(
        new Section(
            "成因",
            List.of("按登记的成因统计本周事项及环比变化。"),
            List.of(Comparison.table("按成因", "成因", now.byCause, before.byCause)),
            List.of()));
    sections.add(
        new Section(
            "地域",
            List.of(),
            List.of(Comparison.table("按发生地", "行政区划", now.byPlace, before.byPlace)),
            List.of()));
    sections.add(
        new Section(
            "趋势", List.of(), List.of(), List.of(dailyTrend("每日事项", now, before, "本周", "上周"))));
    List<String> references = new ArrayList<>();
    if (!specials.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (SpecialReference s : specials) {
        rows.add(List.of(s.dossierId().value(), s.riskId(), s.level(), s.title()));
        references.add(s.dossierId().value());
      }
      sections.add(
          new Section(
              "重大风险专报",
              List.of("本周重大风险事项已一事一专报，详见各专报，本报告不另述。"),
              List.of(new Table("本周专报", List.of("专报", "风险", "级别", "事项"), rows)),
              List.of()));
    }
    return new Report(
        ReportKind.WEEKLY,
        week.label(),
        "社会风险研判周报 " + week.label(),
        asOf,
        sections,
        List.of(),
        references);
  }

  static Map<String, Long> byKind(PeriodTally t) {
    Map<String, Long> m = new HashMap<>();
    for (Map.Entry<MatterKind, Long> e : t.byKind.entrySet()) {
      m.put(e.getKey().name(), e.getValue());
    }
    return m;
  }

  static Chart pie(String title, Map<String, Long> counts) {
    List<Chart.Point> points = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> points.add(new Chart.Point(e.getKey(), e.getValue())));
    return new Chart(title, Chart.Type.PIE, List.of(new Chart.Series(title, points)));
  }

  static Chart dailyTrend(String title, PeriodTally now, PeriodTally before, String a, String b) {
    return new Chart(title, Chart.Type.LINE, List.of(series(a, now), series(b, before)));
  }

  static Chart.Series series(String name, PeriodTally t) {
    List<Chart.Point> points = new ArrayList<>();
    for (int i = 0; i < t.perDay.length; i++) {
      points.add(new Chart.Point(t.span.firstDay().plusDays(i).toString(), t.perDay[i]));
    }
    return new Chart.Series(name, points);
  }
}
