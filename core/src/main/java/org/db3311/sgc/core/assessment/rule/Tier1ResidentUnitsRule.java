package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A.1.1 — a tier 1 center's resident units: the nine named units and every unit the local Party
 * committee and government designate, entered as a whole unit; rotating, phased and on-call units
 * do not count (R4).
 */
@Implements({"A.1.1", "R1", "R4"})
final class Tier1ResidentUnitsRule extends ClauseRule {

  @Override
  public boolean appliesTo(CenterProfile center) {
    return center.tier() == Tier.TIER_1;
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    AppendixA.check(center, gaps);
    return verdict(
        AppendixA.facts(center),
        gaps,
        "一类地区九个常驻单位及当地确定的单位均已常驻",
        "all nine tier 1 resident units and the locally designated units are resident");
  }
}
