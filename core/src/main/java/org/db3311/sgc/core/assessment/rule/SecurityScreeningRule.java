package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.catalog.Implements;

/** 7.4.1.1 — security staff who screen visitors and keep order. */
@Implements("7.4.1.1")
final class SecurityScreeningRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    int guards = StaffCount.holding(center, PostKind.SECURITY);
    boolean screening = center.management().visitorScreening();
    Gaps gaps = new Gaps();
    if (guards == 0) {
      gaps.add("未配备安保人员", "no security staff");
    }
    if (!screening) {
      gaps.add("未对外来人员进行安检", "visitors are not screened");
    }
    return verdict(
        List.of(Fact.of("securityStaff", guards), Fact.of("visitorScreening", screening)),
        gaps,
        "配备安保人员" + guards + "名，对外来人员进行安检",
        guards + " security staff screen visitors");
  }
}
