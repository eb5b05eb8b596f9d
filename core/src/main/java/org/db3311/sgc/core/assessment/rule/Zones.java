package org.db3311.sgc.core.assessment.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.assessment.profile.ZoneKind;

/** Checks a center's zones against a tier's list of zones and functions (5.1.2.2, R2). */
final class Zones {

  private Zones() {}

  static void check(CenterProfile center, Map<ZoneKind, List<ZoneFunction>> required, Gaps gaps) {
    for (Map.Entry<ZoneKind, List<ZoneFunction>> e : required.entrySet()) {
      ZoneKind zone = e.getKey();
      if (!center.hasZone(zone)) {
        gaps.add(
            "未设置" + zone.zh() + "（应包含" + Gaps.zh(e.getValue()) + "功能）",
            "no " + zone.en() + " (with " + Gaps.en(e.getValue()) + ")");
        continue;
      }
      List<ZoneFunction> missing = Gaps.missingFrom(e.getValue(), center.functionsOf(zone));
      if (!missing.isEmpty()) {
        gaps.add(zone.zh() + "缺少功能：" + Gaps.zh(missing), zone.en() + " lacks: " + Gaps.en(missing));
      }
    }
  }

  static List<Fact> facts(CenterProfile center, Map<ZoneKind, List<ZoneFunction>> required) {
    List<Fact> facts = new ArrayList<>(required.size() + 1);
    facts.add(Fact.of("tier", center.tier()));
    for (ZoneKind zone : required.keySet()) {
      facts.add(Fact.of(zone.name(), center.hasZone(zone) ? center.functionsOf(zone) : "absent"));
    }
    return facts;
  }
}
