package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/**
 * A clause that requires the resident units to be those of Appendix A (4.1.3.2, and Table A.1
 * itself): its verdict is that of the row for the declared tier, which its message names.
 */
abstract class AppendixAReference extends ClauseRule {

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
