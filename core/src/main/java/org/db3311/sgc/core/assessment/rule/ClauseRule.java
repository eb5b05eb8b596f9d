package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;

/**
 * Base of the center rules: reads the rule's clause and rulings from its {@link Implements}
 * annotation (one place to name them), takes the normative level from the clause catalog, and
 * builds findings.
 */
abstract class ClauseRule implements CenterRule {

  private final ClauseId clause;
  private final NormativeLevel level;
  private final List<ClauseId> rulings;

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

  @Override
  public boolean appliesTo(CenterProfile center) {
    return true;
  }

  @Override
  public final Finding check(CenterProfile center, LocalDate assessedOn) {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(assessedOn, "assessedOn");
    if (!appliesTo(center)) {
      return notApplicable(center);
    }
    Finding f = evaluate(center, assessedOn);
    if (f.verdict() == Verdict.NOT_APPLICABLE) {
      throw new IllegalStateException(clause + " found an applicable clause not applicable");
    }
    return f;
  }

  /** Checks a center the clause applies to. */
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
