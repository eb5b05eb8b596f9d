package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.SocialForce;
import org.db3311.sgc.core.assessment.profile.SocialForceKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.1.3.3 — the center should host social forces: mediation, legal services, notary, forensic
 * appraisal, valuation, psychological services, social assistance, public-interest services and
 * insurance.
 */
@Implements("4.1.3.3")
final class SocialForcesRule extends ClauseRule {

  private static final List<SocialForceKind> RECOMMENDED = List.of(SocialForceKind.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Set<SocialForceKind> present = EnumSet.noneOf(SocialForceKind.class);
    for (SocialForce f : center.socialForces()) {
      present.add(f.kind());
    }
    Gaps gaps = new Gaps();
    gaps.missing("社会力量", "social force", Gaps.missingFrom(RECOMMENDED, present));
    return verdict(
        List.of(Fact.of("socialForces", present)),
        gaps,
        "已吸收各类社会服务力量进驻",
        "social service forces of every kind are hosted");
  }
}
