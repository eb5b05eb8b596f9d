package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.3.2 — the reception hall has public-information signs whose placement conforms to GB/T 15566.1
 * and style to GB/T 10001.1; conformity to a GB standard is attested (R6).
 */
@Implements({"5.3.2", "R6"})
final class HallSignageRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    int count = center.signs(SignKind.PUBLIC_INFORMATION).size();
    Gaps gaps = new Gaps();
    if (count == 0) {
      gaps.add("接待大厅没有公共信息标志", "the reception hall has no public-information signs");
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(Fact.of("publicInformationSigns", count)),
        gaps,
        "接待大厅标志设置符合GB/T 15566.1、样式符合GB/T 10001.1",
        "the hall signs are placed per GB/T 15566.1 and styled per GB/T 10001.1");
  }
}
