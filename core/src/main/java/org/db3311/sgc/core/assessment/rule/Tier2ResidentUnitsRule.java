package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A.1.2 — a tier 2 center's resident units: three named units, the litigation service center or the
 * labour arbitration court (R3), and every designated unit entered as a whole unit or team;
 * rotating, phased and on-call units do not count (R4).
 */
@Implements({"A.1.2", "R1", "R3", "R4"})
final class Tier2ResidentUnitsRule extends ClauseRule {

  @Override
  public boolean appliesTo(CenterProfile center) {
    return center.tier() == Tier.TIER_2;
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    AppendixA.check(center, gaps);
    return verdict(
        AppendixA.facts(center),
        gaps,
        "二类地区常驻单位及当地确定的单位均已常驻",
        "the tier 2 resident units and the locally designated units are resident");
  }
}
