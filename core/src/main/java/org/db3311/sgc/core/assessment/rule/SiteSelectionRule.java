package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.1.1.1 — the site conforms to urban planning and is central, well connected and convenient: an
 * inspector's judgement, so it needs an attestation (R6).
 */
@Implements({"5.1.1.1", "R6"})
final class SiteSelectionRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    return attestedVerdict(
        center,
        assessedOn,
        List.of(),
        new Gaps(),
        "选址符合城市规划要求，辐射能力较强、交通相对便利、群众办事方便",
        "the site conforms to urban planning and is central, well connected and convenient");
  }
}
