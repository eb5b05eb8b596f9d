package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/**
 * Base of the rules whose conforming message states what an attestation attests (ruling R6): {@link
 * #attestedVerdict} judges the declared facts and words the statement; whether the clause then
 * needs a current attestation is the catalog's and the mode's decision ({@code
 * EvidenceRequirements}), applied in one place ({@link AttestationGate}).
 */
abstract class AttestedClauseRule extends ClauseRule {

  /** As {@link #verdict}, with the statement an attestation attests as the conforming message. */
  final Finding attestedVerdict(
      CenterProfile center,
      LocalDate day,
      List<Fact> facts,
      Gaps gaps,
      String attestZh,
      String attestEn) {
    return verdict(facts, gaps, attestZh, attestEn);
  }
}
