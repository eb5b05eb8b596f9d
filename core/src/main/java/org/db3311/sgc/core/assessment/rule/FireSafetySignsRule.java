package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.3.3 — fire-safety signs are set per GB 15630 and styled per GB 13495.1; conformity is attested
 * (R6).
 */
@Implements({"5.3.3", "R6"})
final class FireSafetySignsRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    int count = center.signs(SignKind.FIRE_SAFETY).size();
    Gaps gaps = new Gaps();
    if (count == 0) {
      gaps.add("没有消防安全标志", "no fire-safety signs");
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(Fact.of("fireSafetySigns", count)),
        gaps,
        "消防安全标志设置符合GB 15630、样式符合GB 13495.1",
        "the fire-safety signs are set per GB 15630 and styled per GB 13495.1");
  }
}
