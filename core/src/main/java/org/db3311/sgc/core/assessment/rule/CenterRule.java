package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.ClauseId;

/**
 * One clause of the standard checked against a center (one clause, one rule).
 *
 * <p>The assessment day is passed in rather than read from a clock, so that an assessment can be
 * repeated: attestations and certificates are judged valid or expired on that day.
 */
public interface CenterRule {

  /** The clause this rule checks. */
  ClauseId clause();

  /**
   * Whether this rule's verdict can depend on attestations of its clause (rulings R6, R11: the
   * catalog verifies it by attestation or organisationally); attestations are taken only for the
   * clauses of such rules ({@link CenterRules#attestedClauses()}).
   */
  default boolean readsAttestations() {
    return false;
  }

  /** Whether the clause applies to this center (e.g. a tier 1 clause to a tier 1 county). */
  boolean appliesTo(CenterProfile center);

  /**
   * Checks the center; returns {@code NOT_APPLICABLE} exactly when {@link #appliesTo} is false.
   *
   * @param center the center's profile
   * @param assessedOn the day of the assessment
   */
  Finding check(CenterProfile center, LocalDate assessedOn);

  /**
   * Checks the center in an evidence mode (ruling R11); a rule whose verdict does not depend on
   * attestations checks alike in every mode.
   */
  default Finding check(CenterProfile center, LocalDate assessedOn, EvidenceMode mode) {
    return check(center, assessedOn);
  }
}
