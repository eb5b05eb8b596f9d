package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.EnteredUnit;
import org.db3311.sgc.core.assessment.profile.EntryMode;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.1.3.1, the part the declared facts can show: units are stationed in the center (进驻) by modes
 * such as resident, rotating, phased or on call. Every declared unit has one of those modes by
 * construction, so the rule finds a shortfall only when no unit is stationed at all. The clause's
 * principle, 坚持资源优化整合 (optimising and integrating resources), is not judged from the declared
 * facts: the finding says so, and shows the modes declared, rather than claiming the whole clause.
 */
@Implements("4.1.3.1")
final class EntryModesRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Map<EntryMode, Integer> byMode = new EnumMap<>(EntryMode.class);
    for (EnteredUnit u : center.units()) {
      byMode.merge(u.mode(), 1, Integer::sum);
    }
    Gaps gaps = new Gaps();
    if (center.units().isEmpty()) {
      gaps.add("没有单位进驻中心", "no unit has entered the center");
    }
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Map.Entry<EntryMode, Integer> e : byMode.entrySet()) {
      zh.append(zh.isEmpty() ? "" : "、").append(e.getKey().zh()).append(e.getValue()).append("个");
      en.append(en.isEmpty() ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().en());
    }
    return verdict(
        List.of(
            Fact.of("unitsByEntryMode", byMode),
            Fact.of("principleOfResourceIntegration", "not judged from the declared facts")),
        gaps,
        center.units().size() + "个单位（中心）进驻（" + zh + "）；资源优化整合原则不据申报事实评判",
        center.units().size()
            + " units (centers) stationed ("
            + en
            + "); the principle of optimising and integrating resources is not judged from the"
            + " declared facts");
  }
}
