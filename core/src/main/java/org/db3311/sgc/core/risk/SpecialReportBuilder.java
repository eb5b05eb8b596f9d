package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.risk.report.Chart;
import org.db3311.sgc.core.risk.report.Measure;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.db3311.sgc.core.risk.report.Section;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.core.warning.Reason;

/**
 * Drafts the special report of one major risk (一事一专报, 6.4.1.2): what the risk is and why it was
 * judged major, every matter behind it, their timeline, and a first measure for its owner.
 */
@Implements("6.4.1.2")
final class SpecialReportBuilder {

  private final RiskReportSettings settings;

  public SpecialReportBuilder(RiskReportSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Report draft(MajorRisk risk, Map<MatterId, MatterFact> facts, Instant asOf) {
    List<List<String>> matterRows = new ArrayList<>();
    TreeMap<LocalDate, Long> perDay = new TreeMap<>();
    for (MatterId id : risk.matters()) {
      MatterFact f = facts.get(id);
      if (f == null) {
        matterRows.add(List.of(id.value(), "—", "—", "—", "—", "—", "not in the read model"));
        continue;
      }
      perDay.merge(f.registeredAt().atZone(settings.zone()).toLocalDate(), 1L, Long::sum);
      matterRows.add(
          List.of(
              id.value(),
              f.kind().name(),
              f.category(),
              f.placeLabel(),
              f.registeredAt().toString(),
              f.handlingUnit().map(Object::toString).orElse("未分派"),
              f.closedAt().filter(c -> !c.isAfter(asOf)).isPresent()
                  ? "办结 " + f.outcome().orElseThrow()
                  : "在办"));
    }
    List<List<String>> reasonRows = new ArrayList<>();
    for (Reason r : risk.reasons()) {
      reasonRows.add(
          List.of(
              r.rule(), r.clause(), r.level().name(), r.explanation(), r.evidence().toString()));
    }
    List<Chart.Point> points = new ArrayList<>();
    perDay.forEach((d, n) -> points.add(new Chart.Point(d.toString(), n)));
    List<Section> sections =
        List.of(
            new Section(
                "风险概述",
                List.of(
                    "风险 "
                        + risk.id()
                        + "："
                        + risk.title()
                        + "，预警级别 "
                        + risk.level()
                        + "，责任单位 "
                        + risk.owner()
                        + "，涉及事项 "
                        + risk.matters().size()
                        + " 件。"),
                List.of(),
                List.of()),
            new Section(
                "研判依据",
                List.of(),
                List.of(new Table("规则与证据", List.of("规则", "条款", "级别", "说明", "证据"), reasonRows)),
                List.of()),
            new Section(
                "涉及事项",
                List.of(),
                List.of(
                    new Table(
                        "事项清单",
                        List.of("事项", "种类", "类型", "发生地", "登记时间", "办理单位", "状态"),
                        matterRows)),
                List.of(
                    new Chart(
                        "事项登记时间分布", Chart.Type.BAR, List.of(new Chart.Series("事项", points))))));
    List<Measure> measures =
        List.of(
            new Measure(
                "责任单位牵头制定化解方案并每日报告进展",
                risk.owner(),
                asOf.atZone(settings.zone()).toLocalDate().plusDays(7),
                risk.id()));
    return new Report(
        ReportKind.SPECIAL,
        risk.id(),
        "重大风险专报 " + risk.title(),
        asOf,
        sections,
        measures,
        List.of(risk.id()));
  }
}
