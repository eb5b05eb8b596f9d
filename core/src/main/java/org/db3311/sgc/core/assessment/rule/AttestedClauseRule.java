package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/**
 * Base of the rules whose conformity needs an attestation of their clause (ruling R6). Only these
 * rules can read attestations, so the registry knows which clauses attestations are taken for
 * ({@link CenterRules#attestedClauses()}) and the profile format refuses an attestation that no
 * rule would read instead of silently ignoring it.
 */
abstract class AttestedClauseRule extends ClauseRule {

  @Override
  public final boolean readsAttestations() {
    return true;
  }

  /**
   * As {@link #verdict}, but conformity also needs a valid attestation of the clause (ruling R6):
   * without one the verdict is {@code EVIDENCE_MISSING}.
   */
  final Finding attestedVerdict(
      CenterProfile center,
      LocalDate day,
      List<Fact> facts,
      Gaps gaps,
      String attestZh,
      String attestEn) {
    List<Fact> all = new ArrayList<>(facts);
    Optional<Attestation> attestation = center.attestation(clause(), day);
    all.add(attestationFact(center, day, attestation));
    if (!gaps.isEmpty()) {
      if (attestation.isEmpty()) {
        gaps.add("另缺少有效核验：" + attestZh, "also no valid attestation that " + attestEn);
      }
      return finding(shortfall(), all, gaps.zh(), gaps.en());
    }
    if (attestation.isEmpty()) {
      // the latest made, not the last listed: the one an inspector would renew
      Optional<Attestation> latest =
          center.attestations(clause()).stream().max(Comparator.comparing(Attestation::attestedOn));
      String why =
          latest.map(a -> "（已有核验于" + a.attestedOn() + "作出，评估日" + day + "不在其有效期内）").orElse("");
      String whyEn =
          latest
              .map(a -> " (the attestation of " + a.attestedOn() + " is not valid on " + day + ")")
              .orElse("");
      return finding(
          Verdict.EVIDENCE_MISSING,
          all,
          "需要有效核验：" + attestZh + why,
          "needs a valid attestation that " + attestEn + whyEn);
    }
    Attestation a = attestation.get();
    return finding(
        Verdict.CONFORMS,
        all,
        "已核验：" + attestZh + "（" + a.attestedBy() + "，" + a.attestedOn() + "）",
        "attested that " + attestEn + " (" + a.attestedBy() + ", " + a.attestedOn() + ")");
  }

  private static Fact attestationFact(
      CenterProfile center, LocalDate day, Optional<Attestation> valid) {
    if (valid.isPresent()) {
      Attestation a = valid.get();
      return Fact.of(
          "attestation",
          a.attestedBy()
              + ", "
              + a.attestedOn()
              + ", evidence "
              + a.evidence().value()
              + a.validUntil().map(u -> ", valid until " + u).orElse(""));
    }
    return Fact.of("attestation", "none valid on " + day);
  }
}
