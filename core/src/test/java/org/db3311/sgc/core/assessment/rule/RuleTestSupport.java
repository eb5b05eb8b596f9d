package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.fixture.SampleCenters;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.ClauseId;

/** Runs one clause's rule over a profile on the samples' assessment day. */
final class RuleTestSupport {

  private RuleTestSupport() {}

  static Finding check(String clause, CenterProfile center) {
    return check(clause, center, SampleCenters.ASSESSED_ON);
  }

  static Finding check(String clause, CenterProfile center, LocalDate day) {
    Finding f = CenterRules.standard().forClause(clause).orElseThrow().check(center, day);
    assertThat(f.clause()).isEqualTo(ClauseId.of(clause));
    return f;
  }

  static Verdict verdict(String clause, CenterProfile center) {
    return check(clause, center).verdict();
  }

  /** The profile without attestations of the clause. */
  static CenterProfile withoutAttestation(CenterProfile center, String clause) {
    return withAttestations(center, a -> !a.clause().equals(ClauseId.of(clause)));
  }

  static CenterProfile withAttestations(CenterProfile center, Predicate<Attestation> keep) {
    List<Attestation> kept = new ArrayList<>();
    for (Attestation a : center.attestations()) {
      if (keep.test(a)) {
        kept.add(a);
      }
    }
    return center.toBuilder().attestations(kept).build();
  }
}
