package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Implements;

/** 7.4.1.2 — staff enter through an access-control system. */
@Implements("7.4.1.2")
final class AccessControlRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    boolean accessControl = center.management().accessControl();
    Gaps gaps = new Gaps();
    if (!accessControl) {
      gaps.add("内部工作人员未凭门禁系统进入中心", "staff do not enter through an access-control system");
    }
    return verdict(
        List.of(Fact.of("accessControl", accessControl)),
        gaps,
        "内部工作人员凭门禁系统进入中心",
        "staff enter through an access-control system");
  }
}
