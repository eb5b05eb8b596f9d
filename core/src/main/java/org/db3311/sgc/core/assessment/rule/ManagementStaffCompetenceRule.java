package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.2.2 — management staff have the organising, coordinating and service skills their posts need: a
 * judgement only an inspector can make, so it needs an attestation (R6).
 */
@Implements({"4.2.2", "R6"})
final class ManagementStaffCompetenceRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    return attestedVerdict(
        center,
        assessedOn,
        List.of(),
        new Gaps(),
        "管理部门人员具备相应的组织协调、管理服务等执业技术要求",
        "management staff have the required organising, coordinating and service skills");
  }
}
