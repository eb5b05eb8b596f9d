package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.catalog.Implements;

/** 7.4.3.1 — information confidentiality rules. */
@Implements("7.4.3.1")
final class ConfidentialityRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    boolean rules =
        center.management().regulations().contains(ManagementRegulation.CONFIDENTIALITY);
    Gaps gaps = new Gaps();
    if (!rules) {
      gaps.add("未建立信息保密制度", "no information confidentiality rules");
    }
    return verdict(
        List.of(Fact.of("confidentialityRules", rules)),
        gaps,
        "已建立信息保密制度",
        "information confidentiality rules are established");
  }
}
