package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.2.4 — entered units send qualified, capable staff who use computers well: an inspector's
 * judgement, so it needs an attestation (R6).
 */
@Implements({"4.2.4", "R6"})
final class UnitStaffQualificationRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    return attestedVerdict(
        center,
        assessedOn,
        List.of(),
        new Gaps(),
        "进驻部门人员熟练电脑操作、具备相应资格条件",
        "staff of entered units use computers well and hold the required qualifications");
  }
}
