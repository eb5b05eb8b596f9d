package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Platform;
import org.db3311.sgc.core.catalog.Implements;

/** 4.1.1 — the center contains both the dispute-resolution and the integrated command platform. */
@Implements("4.1.1")
final class BothPlatformsRule extends ClauseRule {

  private static final List<Platform> REQUIRED = List.of(Platform.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    gaps.missing("平台", "platform", Gaps.missingFrom(REQUIRED, center.platforms()));
    return verdict(
        List.of(Fact.of("platforms", center.platforms())),
        gaps,
        "两个平台齐全：" + Gaps.zh(REQUIRED),
        "both platforms present: " + Gaps.en(REQUIRED));
  }
}
