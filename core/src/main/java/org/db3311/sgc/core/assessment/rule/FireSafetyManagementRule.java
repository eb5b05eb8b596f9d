package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 7.4.2.1 — fire-safety management rules, and fire drills held regularly (at least once in the year
 * up to the assessment day).
 */
@Implements({"7.4.2.1", "R6"})
final class FireSafetyManagementRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    boolean rules = center.management().regulations().contains(ManagementRegulation.FIRE_SAFETY);
    Optional<LocalDate> drill =
        Regularly.latestWithinYear(center.management().fireDrills(), assessedOn);
    Gaps gaps = new Gaps();
    if (!rules) {
      gaps.add("未建立消防安全管理制度", "no fire-safety management rules");
    }
    if (drill.isEmpty()) {
      gaps.add(
          "评估日前一年内（" + assessedOn.minusYears(1) + "至" + assessedOn + "）没有消防安全演练",
          "no fire drill in the year before the assessment ("
              + assessedOn.minusYears(1)
              + " to "
              + assessedOn
              + ")");
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(
            Fact.of("fireSafetyRules", rules),
            Fact.of("latestFireDrillWithinYear", drill.map(LocalDate::toString).orElse("none"))),
        gaps,
        "已建立消防安全管理制度并定期进行消防安全演练",
        "fire-safety management rules are established and fire drills held regularly");
  }
}
