package org.db3311.sgc.core.assessment.finding;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.NormativeLevel;

/**
 * The verdict on one clause for one center (核查发现), with the facts behind it and a message in
 * Chinese and English saying exactly what is missing.
 *
 * @param clause the clause checked
 * @param level the clause's normative level, from the clause catalog
 * @param verdict the outcome
 * @param rulings product rulings applied in reaching it (R1–R6)
 * @param facts facts used
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Finding(
    ClauseId clause,
    NormativeLevel level,
    Verdict verdict,
    List<ClauseId> rulings,
    List<Fact> facts,
    String messageZh,
    String messageEn) {

  public Finding {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(verdict, "verdict");
    rulings = List.copyOf(rulings);
    facts = List.copyOf(facts);
    if (messageZh == null || messageZh.isBlank() || messageEn == null || messageEn.isBlank()) {
      throw new IllegalArgumentException(clause + ": a finding needs a message in zh and en");
    }
    for (ClauseId r : rulings) {
      if (!r.isRuling()) {
        throw new IllegalArgumentException(clause + ": " + r + " is not a ruling");
      }
    }
    if (verdict == Verdict.NONCONFORMS && !isRequirementOrRecommendation(level)) {
      throw new IllegalArgumentException(
          clause + ": a " + level + " clause cannot be failed, only noted as advisory");
    }
    if (verdict == Verdict.ADVISORY && level.isMandatory()) {
      throw new IllegalArgumentException(
          clause + ": a gap in a " + level + " clause is a non-conformity, not advisory");
    }
  }

  /** Whether a gap in a clause of this level is a non-conformity (SHALL, SHALL NOT, SHOULD). */
  public static boolean isRequirementOrRecommendation(NormativeLevel level) {
    return level.isMandatory() || level == NormativeLevel.SHOULD;
  }

  /** Whether this finding makes the center non-conformant: a gap in a mandatory clause. */
  public boolean isMandatoryGap() {
    return level.isMandatory()
        && (verdict == Verdict.NONCONFORMS || verdict == Verdict.EVIDENCE_MISSING);
  }
}
