package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;

/**
 * Base of the center rules: reads the rule's clause and rulings from its {@link Implements}
 * annotation (one place to name them), takes the normative level from the clause catalog, and
 * builds findings.
 */
abstract class ClauseRule implements CenterRule {

  private final ClauseId clause;
  private final NormativeLevel level;
  private final List<ClauseId> rulings;
  private final Verification verification;

  ClauseRule() {
    this(ClauseCatalog.standard());
  }

  ClauseRule(ClauseCatalog catalog) {
    Implements implemented = getClass().getAnnotation(Implements.class);
    if (implemented == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " must carry @Implements");
    }
    ClauseId found = null;
    List<ClauseId> rulingIds = new ArrayList<>();
    for (String id : implemented.value()) {
      ClauseId c = ClauseId.of(id);
      if (c.isRuling()) {
        rulingIds.add(c);
      } else if (found == null) {
        found = c;
      } else {
        throw new IllegalStateException(
            getClass().getSimpleName() + " implements two clauses; one clause, one rule");
      }
    }
    if (found == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " names no clause");
    }
    this.clause = found;
    this.level = catalog.get(found.value()).level();
    this.verification = catalog.get(found.value()).verification();
    this.rulings = List.copyOf(rulingIds);
  }

  @Override
  public final ClauseId clause() {
    return clause;
  }

  /** The clause's normative level, from the catalog. */
  public final NormativeLevel level() {
    return level;
  }

  /** The rulings this rule applies. */
  public final List<ClauseId> rulings() {
    return rulings;
  }

  /** How the catalog verifies the clause: decides, with the mode, whether it needs attestation. */
  public final Verification verification() {
    return verification;
  }

  /** Whether an attestation of this clause counts in some mode (ruling R11, from the catalog). */
  @Override
  public final boolean readsAttestations() {
    return EvidenceRequirements.takesAttestations(verification);
  }

  @Override
  public boolean appliesTo(CenterProfile center) {
    return true;
  }

  /** A self-assessment's check (ruling R11). */
  @Override
  public final Finding check(CenterProfile center, LocalDate assessedOn) {
    return check(center, assessedOn, EvidenceMode.SELF_ASSESSMENT);
  }

  @Override
  public final Finding check(CenterProfile center, LocalDate assessedOn, EvidenceMode mode) {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(mode, "mode");
    if (!appliesTo(center)) {
      return notApplicable(center);
    }
    Finding f = evaluate(center, assessedOn);
    if (f.verdict() == Verdict.NOT_APPLICABLE) {
      throw new IllegalStateException(clause + " found an applicable clause not applicable");
    }
    return EvidenceRequirements.needsAttestation(verification, mode)
        ? AttestationGate.gate(f, center, assessedOn)
        : f;
  }

  /**
   * Checks a center the clause applies to from its declared facts; the attestation a mode asks for
   * is added by {@link #check}, so that the list of attested clauses stays the catalog's.
   */
  abstract Finding evaluate(CenterProfile center, LocalDate assessedOn);

  /** The finding for a center the clause does not apply to; tier rules say so by default. */
  Finding notApplicable(CenterProfile center) {
    return finding(
        Verdict.NOT_APPLICABLE,
        List.of(Fact.of("tier", center.tier())),
        "本条不适用于" + center.tier().zh(),
        "this clause does not apply to a " + center.tier().en() + " center");
  }

  final Finding finding(Verdict verdict, List<Fact> facts, String zh, String en) {
    return new Finding(clause, level, verdict, rulings, facts, zh, en);
  }

  /**
   * Conforms when there are no gaps; otherwise a non-conformity, or an advisory where the clause is
   * only a permission or informative.
   */
  final Finding verdict(List<Fact> facts, Gaps gaps, String okZh, String okEn) {
    if (gaps.isEmpty()) {
      return finding(Verdict.CONFORMS, facts, okZh, okEn);
    }
    return finding(shortfall(), facts, gaps.zh(), gaps.en());
  }

  /** A shortfall already known, for rules that stop at a missing prerequisite. */
  final Finding shortfall(List<Fact> facts, Gaps gaps) {
    if (gaps.isEmpty()) {
      throw new IllegalStateException(clause + ": a shortfall needs at least one gap");
    }
    return finding(shortfall(), facts, gaps.zh(), gaps.en());
  }

  final Verdict shortfall() {
    return Finding.isRequirementOrRecommendation(level) ? Verdict.NONCONFORMS : Verdict.ADVISORY;
  }
}
