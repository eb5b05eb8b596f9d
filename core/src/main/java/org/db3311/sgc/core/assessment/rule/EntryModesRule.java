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
 * 4.1.3.1 — units enter the center as resident, rotating, phased or on-call units. Every recorded
 * unit has one of those modes by construction, so the center falls short only when no unit has
 * entered at all.
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
    return verdict(
        List.of(Fact.of("unitsByEntryMode", byMode)),
        gaps,
        center.units().size() + "个单位以常驻、轮驻、阶段性入驻、随叫随驻方式进驻",
        center.units().size() + " units entered as resident, rotating, phased or on-call units");
  }
}
