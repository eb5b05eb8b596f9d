package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningLevel;

/**
 * Drafts the monthly analysis report (每月研判报告, 6.4.1.3) over all the month's data: totals, types,
 * causes and places against the month before, handling and results, the month's warnings, the
 * rising categories, and mitigation measures (化解措施) each with an owner and a due date — one per
 * rising category and one per open major warning. The draft's measures are proposals that the
 * person signing off revises.
 */
@Implements("6.4.1.3")
public final class MonthlyReportBuilder {

  private final RiskReportSettings settings;

  public MonthlyReportBuilder(RiskReportSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The draft from the facts themselves, read one by one. */
  public Report draft(
      Span month, Iterable<MatterFact> facts, List<Warning> warnings, Instant asOf) {
    PeriodTally now = new PeriodTally(month);
    PeriodTally before = new PeriodTally(month.previous());
    for (MatterFact f : facts) {
      if (!f.registeredAt().isAfter(asOf)) {
        PeriodTally.add(f, now, before);
      }
    }
    return draft(month, now, before, warnings, asOf);
  }

  /**
   * The draft from the source's counts of the month and the month before ({@link
   * CaseFactSource#countsBetween}): what a database store answers with a few {@code GROUP BY}s
   * instead of every fact of the period.
   */
  public Report draft(Span month, CaseFactSource facts, List<Warning> warnings, Instant asOf) {
    return draft(
        month,
        PeriodTally.counted(month, facts, asOf),
        PeriodTally.counted(month.previous(), facts, asOf),
        warnings,
        asOf);
  }

  private Report draft(
      Span month, PeriodTally now, PeriodTally before, List<Warning> warnings, Instant asOf) {
    LocalDate due = month.endDay().minusDays(1).plusDays(settings.measureDueDays());
    List<Measure> measures = new ArrayList<>();
    List<List<String>> rising = new ArrayList<>();
    now.byCategory.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e -> {
              long was = before.byCategory.getOrDefault(e.getKey(), 0L);
              long is = e.getValue();
              if (is >= settings.risingMinCount()
                  && is * 100 >= was * (100 + settings.risingMinPercent())) {
                rising.add(Comparison.row(e.getKey(), is, was));
                measures.add(
                    new Measure(
                        "分析“" + e.getKey() + "”类事项上升原因，开展源头排查化解",
                        settings.ownerOf(e.getKey()),
                        due,
                        "rising category " + e.getKey()));
              }
            });
    Map<WarningLevel, Long> warningsByLevel = new EnumMap<>(WarningLevel.class);
    for (Warning w : warnings) {
      if (month.contains(w.raisedAt())) {
        warningsByLevel.merge(w.level(), 1L, Long::sum);
      }
      if (w.isOpen()
          && !settings.majorFrom().isHigherThan(w.level())
          && !w.raisedAt().isAfter(asOf)) {
        measures.add(
            new Measure(
                "落实预警 " + w.id() + "（" + w.level() + "）的化解措施，按周报告进展",
                w.owner(),
                due,
                "warning " + w.id()));
      }
    }
    Map<String, Long> outcomes = new HashMap<>();
    for (Map.Entry<Outcome, Long> e : now.byOutcome.entrySet()) {
      outcomes.put(e.getKey().name(), e.getValue());
    }
    Map<String, Long> outcomesBefore = new HashMap<>();
    for (Map.Entry<Outcome, Long> e : before.byOutcome.entrySet()) {
      outcomesBefore.put(e.getKey().name(), e.getValue());
    }
    List<List<String>> warningRows = new ArrayList<>();
    for (WarningLevel l : WarningLevel.values()) {
      warningRows.add(List.of(l.name(), Long.toString(warningsByLevel.getOrDefault(l, 0L))));
    }
    List<Section> sections =
        List.of(
            new Section(
                "概况",
                List.of(
                    String.format(
                        "%s 共采集事项 %d 件，上月 %d 件，环比 %s（%s）；办结 %d 件（上月 %d 件）。",
                        month.label(),
                        now.registered,
                        before.registered,
                        Comparison.signed(now.registered - before.registered),
                        Comparison.percent(now.registered, before.registered),
                        now.closed,
                        before.closed)),
                List.of(
                    Comparison.table(
                        "按事项种类",
                        "种类",
                        WeeklyReportBuilder.byKind(now),
                        WeeklyReportBuilder.byKind(before))),
                List.of(WeeklyReportBuilder.dailyTrend("每日事项", now, before, "本月", "上月"))),
            new Section(
                "类型",
                List.of(),
                List.of(Comparison.table("按类型", "类型", now.byCategory, before.byCategory)),
                List.of(WeeklyReportBuilder.pie("类型构成", now.byCategory))),
            new Section(
                "成因",
                List.of(),
                List.of(Comparison.table("按成因", "成因", now.byCause, before.byCause)),
                List.of()),
            new Section(
                "地域",
                List.of(),
                List.of(Comparison.table("按发生地", "行政区划", now.byPlace, before.byPlace)),
                List.of()),
            new Section(
                "办理情况",
                List.of(),
                List.of(
                    Comparison.table("办结结果", "结果", outcomes, outcomesBefore),
                    Comparison.table("处理方式", "方式", now.byMethod, before.byMethod)),
                List.of()),
            new Section(
                "预警",
                List.of(),
                List.of(new Table("本月预警", List.of("级别", "件数"), warningRows)),
                List.of()),
            new Section(
                "重点风险",
                List.of(
                    rising.isEmpty()
                        ? "本月无显著上升的类型。"
                        : "以下类型事项显著上升（≥ "
                            + settings.risingMinCount()
                            + " 件且环比 ≥ +"
                            + settings.risingMinPercent()
                            + "%）。"),
                rising.isEmpty()
                    ? List.of()
                    : List.of(new Table("上升类型", List.of("类型", "本期", "上期", "增减", "增减率"), rising)),
                List.of()));
    return new Report(
        ReportKind.MONTHLY,
        month.label(),
        "社会风险研判月报 " + month.label(),
        asOf,
        sections,
        measures,
        List.of());
  }
}
