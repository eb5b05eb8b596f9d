package org.db3311.sgc.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;

import java.util.List;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of an assessment report: it states the tier the deployment declared (ruling R1), holds
 * one finding per clause, and counts a level or verdict it has no finding of as zero.
 */
@DisplayName("An assessment report — the declared tier, one finding per clause, absent counts")
class AssessmentReportEdgesTest {

  private final Assessor assessor = Assessor.standard();

  @Test
  @Implements("R1")
  @DisplayName(
      "R1 the report states the tier the deployment declared, even for a county the samples declare"
          + " otherwise")
  void the_report_states_the_declared_tier() {
    assertThat(assessor.assess(tier1Conformant(), ASSESSED_ON).tier()).isEqualTo(Tier.TIER_1);
    assertThat(assessor.assess(tier2Conformant(), ASSESSED_ON).tier()).isEqualTo(Tier.TIER_2);
    CenterProfile declaredTier2 = tier1Conformant().toBuilder().tier(Tier.TIER_2).build();
    AssessmentReport r = assessor.assess(declaredTier2, ASSESSED_ON);
    assertThat(r.tier()).isEqualTo(Tier.TIER_2);
    assertThat(r.county()).isEqualTo(tier1Conformant().county());
    assertThat(r.toString()).contains("TIER_2");
  }

  @Test
  @DisplayName("a report holds one finding per clause: a second finding for a clause is refused")
  void one_finding_per_clause() {
    Finding conforms = finding("5.1.1.2", Verdict.CONFORMS);
    Finding fails = finding("5.1.1.2", Verdict.NONCONFORMS);
    assertThatThrownBy(
            () ->
                new AssessmentReport(
                    tier1Conformant().county(), Tier.TIER_1, ASSESSED_ON, List.of(conforms, fails)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two findings for clause 5.1.1.2");
  }

  @Test
  @DisplayName(
      "a level or verdict with no finding counts zero; one SHALL failure makes the report"
          + " non-conformant")
  void absent_counts_are_zero() {
    AssessmentReport r =
        new AssessmentReport(
            tier1Conformant().county(),
            Tier.TIER_1,
            ASSESSED_ON,
            List.of(finding("5.1.1.2", Verdict.NONCONFORMS), finding("5.1.2.1", Verdict.CONFORMS)));
    assertThat(r.count(NormativeLevel.SHALL, Verdict.NONCONFORMS)).isEqualTo(1);
    assertThat(r.count(NormativeLevel.SHALL, Verdict.EVIDENCE_MISSING)).isZero();
    assertThat(r.count(NormativeLevel.SHOULD, Verdict.NONCONFORMS)).isZero();
    assertThat(r.count(Verdict.ADVISORY)).isZero();
    assertThat(r.overall()).isEqualTo(OverallVerdict.NON_CONFORMANT);
    assertThat(r.finding("5.1.2.1")).map(Finding::verdict).hasValue(Verdict.CONFORMS);
    assertThat(r.finding("5.3.1")).isEmpty();
  }

  static Finding finding(String clause, Verdict verdict) {
    return new Finding(
        ClauseId.of(clause),
        NormativeLevel.SHALL,
        verdict,
        List.of(),
        List.of(),
        "核查结果",
        "assessment result");
  }
}
