package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.3.4 — a clear no-smoking sign at the reception hall entrance, and safety signs used per GB
 * 2894; conformity to GB 2894 is attested (R6).
 */
@Implements({"5.3.4", "R6"})
final class SafetySignsRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    boolean noSmoking = false;
    for (Sign s : center.signs()) {
      if (s.kind() == SignKind.NO_SMOKING && s.location() == SignLocation.HALL_ENTRANCE) {
        noSmoking = true;
        break;
      }
    }
    Gaps gaps = new Gaps();
    if (!noSmoking) {
      gaps.add("接待大厅入口没有禁烟标志", "no no-smoking sign at the reception hall entrance");
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(
            Fact.of("noSmokingSignAtHallEntrance", noSmoking),
            Fact.of("safetySigns", center.signs(SignKind.SAFETY).size())),
        gaps,
        "安全标志及其使用符合GB 2894",
        "the safety signs and their use conform to GB 2894");
  }
}
