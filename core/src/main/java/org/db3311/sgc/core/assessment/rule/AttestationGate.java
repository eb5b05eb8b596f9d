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
import org.db3311.sgc.core.catalog.Implements;

/**
 * The one place that reads attestations (rulings R6, R11): a finding judged from the declared
 * facts, of a clause that needs a current attestation in the assessment's mode, conforms only with
 * one. Recorded facts are still checked first: a gap stays a gap, noting a missing attestation.
 */
@Implements({"R6", "R11"})
final class AttestationGate {

  private AttestationGate() {}

  static Finding gate(Finding f, CenterProfile center, LocalDate day) {
    Optional<Attestation> attestation = center.attestation(f.clause(), day);
    List<Fact> facts = new ArrayList<>(f.facts());
    facts.add(attestationFact(day, attestation));
    if (f.verdict().isGap()) {
      String zh = f.messageZh();
      String en = f.messageEn();
      if (attestation.isEmpty()) {
        zh += "；另缺少有效核验（第" + f.clause() + "条）";
        en += "; also no valid attestation of clause " + f.clause();
      }
      return with(f, f.verdict(), facts, zh, en);
    }
    if (attestation.isEmpty()) {
      // the latest made, not the last listed: the one an inspector would renew
      Optional<Attestation> latest =
          center.attestations(f.clause()).stream()
              .max(Comparator.comparing(Attestation::attestedOn));
      String why =
          latest.map(a -> "（已有核验于" + a.attestedOn() + "作出，评估日" + day + "不在其有效期内）").orElse("");
      String whyEn =
          latest
              .map(a -> " (the attestation of " + a.attestedOn() + " is not valid on " + day + ")")
              .orElse("");
      return with(
          f,
          Verdict.EVIDENCE_MISSING,
          facts,
          "需要有效核验：" + f.messageZh() + why,
          "needs a valid attestation that " + f.messageEn() + whyEn);
    }
    Attestation a = attestation.get();
    return with(
        f,
        Verdict.CONFORMS,
        facts,
        "已核验：" + f.messageZh() + "（" + a.attestedBy() + "，" + a.attestedOn() + "）",
        "attested that " + f.messageEn() + " (" + a.attestedBy() + ", " + a.attestedOn() + ")");
  }

  private static Finding with(Finding f, Verdict v, List<Fact> facts, String zh, String en) {
    return new Finding(f.clause(), f.level(), v, f.rulings(), facts, zh, en);
  }

  private static Fact attestationFact(LocalDate day, Optional<Attestation> valid) {
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
