package org.db3311.sgc.core.assessment.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.assessment.profile.ZoneKind;

/** Checks a center's zones against a tier's list of zones and functions (5.1.2.2, R2). */
final class Zones {

  private Zones() {}

  /**
   * Adds a gap for each zone of the tier's list that is absent or lacks a function, naming the zone
   * as the tier's own clause does (5.1.2.2.2 writes 矛盾调处化解区 where 5.1.2.2.1 writes 矛盾纠纷调处化解区).
   */
  static void check(
      Tier tier, CenterProfile center, Map<ZoneKind, List<ZoneFunction>> required, Gaps gaps) {
    for (Map.Entry<ZoneKind, List<ZoneFunction>> e : required.entrySet()) {
      ZoneKind zone = e.getKey();
      String name = zone.zh(tier);
      if (!center.hasZone(zone)) {
        gaps.add(
            "未设置" + name + "（应包含" + Gaps.zh(e.getValue()) + "功能）",
            "no " + zone.en() + " (with " + Gaps.en(e.getValue()) + ")");
        continue;
      }
      List<ZoneFunction> missing = Gaps.missingFrom(e.getValue(), center.functionsOf(zone));
      if (!missing.isEmpty()) {
        gaps.add(name + "缺少功能：" + Gaps.zh(missing), zone.en() + " lacks: " + Gaps.en(missing));
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
