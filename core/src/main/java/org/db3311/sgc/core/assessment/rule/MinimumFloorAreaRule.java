package org.db3311.sgc.core.assessment.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.catalog.Implements;

/** 5.1.1.2 — total floor area: tier 1 ≥ 3000 m², tier 2 ≥ 2000 m² (tier as declared, R1). */
@Implements({"5.1.1.2", "R1"})
final class MinimumFloorAreaRule extends ClauseRule {

  static final BigDecimal TIER_1_MINIMUM = new BigDecimal("3000");
  static final BigDecimal TIER_2_MINIMUM = new BigDecimal("2000");

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    BigDecimal minimum = center.tier() == Tier.TIER_1 ? TIER_1_MINIMUM : TIER_2_MINIMUM;
    BigDecimal area = center.totalFloorArea();
    Gaps gaps = new Gaps();
    if (area.compareTo(minimum) < 0) {
      BigDecimal shortBy = minimum.subtract(area);
      gaps.add(
          center.tier().zh()
              + "中心总面积应不低于"
              + minimum.toPlainString()
              + "平方米，实为"
              + area.toPlainString()
              + "平方米，差"
              + shortBy.toPlainString()
              + "平方米",
          "a "
              + center.tier().en()
              + " center needs at least "
              + minimum.toPlainString()
              + " m², it has "
              + area.toPlainString()
              + " m² ("
              + shortBy.toPlainString()
              + " m² short)");
    }
    return verdict(
        List.of(
            Fact.of("tier", center.tier()),
            Fact.of("totalFloorArea", area.toPlainString() + " m²"),
            Fact.of("minimum", minimum.toPlainString() + " m²")),
        gaps,
        "总面积" + area.toPlainString() + "平方米，不低于" + minimum.toPlainString() + "平方米",
        "total floor area "
            + area.toPlainString()
            + " m² is at least "
            + minimum.toPlainString()
            + " m²");
  }
}
