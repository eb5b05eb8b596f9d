package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.1.3.2 — resident units by tier as Appendix A lays down: checked against the row of the tier the
 * deployment declares (R1), counting only resident units (R4); a tier 2 center needs the litigation
 * service center or the labour arbitration court (R3).
 */
@Implements({"4.1.3.2", "R1", "R3", "R4"})
final class ResidentUnitsRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    AppendixA.check(center, gaps);
    String row = AppendixA.row(center.tier());
    if (!gaps.isEmpty()) {
      gaps.add("见附录A " + row, "see Appendix A row " + row);
    }
    return verdict(
        AppendixA.facts(center),
        gaps,
        "常驻单位符合附录A " + row + "（" + center.tier().zh() + "）",
        "resident units meet Appendix A row " + row + " (" + center.tier().en() + ")");
  }
}
