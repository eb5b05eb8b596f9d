package org.db3311.sgc.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.AssessCenterUseCase.AssessCenter;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Dimensions;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.assessment.profile.SocialForce;
import org.db3311.sgc.core.assessment.profile.SocialForceKind;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assessing a center: one finding per clause, counts and the overall verdict")
class AssessorTest {

  private final Assessor assessor = Assessor.standard();

  @Test
  @DisplayName("the sample tier 1 and tier 2 centers are conformant")
  void samples_are_conformant() {
    for (CenterProfile c : List.of(tier1Conformant(), tier2Conformant())) {
      AssessmentReport r = assessor.assess(new AssessCenter(c, ASSESSED_ON));
      assertThat(r.gaps()).as(c.county().name()).isEmpty();
      assertThat(r.overall()).isEqualTo(OverallVerdict.CONFORMANT);
      assertThat(r.findings()).hasSize(CenterRules.standard().size());
      assertThat(r.count(Verdict.NOT_APPLICABLE)).isEqualTo(2);
      assertThat(r.assessedOn()).isEqualTo(ASSESSED_ON);
      assertThat(r.county()).isEqualTo(c.county());
    }
  }

  @Test
  @DisplayName("only a SHOULD gap gives conformant with observations")
  void should_gap_is_an_observation() {
    CenterProfile c =
        tier1Conformant().toBuilder()
            .socialForces(List.of(new SocialForce(SocialForceKind.MEDIATION, "调委会")))
            .build();
    AssessmentReport r = assessor.assess(c, ASSESSED_ON);
    assertThat(r.overall()).isEqualTo(OverallVerdict.CONFORMANT_WITH_OBSERVATIONS);
    assertThat(r.count(NormativeLevel.SHOULD, Verdict.NONCONFORMS)).isEqualTo(1);
    assertThat(r.gaps()).extracting(f -> f.clause().value()).containsExactly("4.1.3.3");
  }

  @Test
  @Implements("R5")
  @DisplayName("R5: an aspect ratio off by more than 2 % is only an observation, never a failure")
  void advisory_is_an_observation() {
    List<Sign> signs = new ArrayList<>(tier2Conformant().signs());
    signs.removeIf(s -> s.kind() == SignKind.BRASS_PLATE);
    signs.add(
        new Sign(
            SignKind.BRASS_PLATE,
            "景宁畲族自治县社会治理中心",
            SignLocation.FACADE,
            Optional.of(Dimensions.of(600, 600))));
    AssessmentReport r =
        assessor.assess(tier2Conformant().toBuilder().signs(signs).build(), ASSESSED_ON);
    assertThat(r.overall()).isEqualTo(OverallVerdict.CONFORMANT_WITH_OBSERVATIONS);
    assertThat(r.finding("B.2").orElseThrow().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(r.count(NormativeLevel.INFORMATIVE, Verdict.ADVISORY)).isEqualTo(1);
  }

  @Test
  @DisplayName("a SHALL gap or missing evidence for a SHALL clause makes the center non-conformant")
  void shall_gap_is_non_conformant() {
    CenterProfile small =
        tier1Conformant().toBuilder().totalFloorArea(new BigDecimal("2999.99")).build();
    AssessmentReport r = assessor.assess(small, ASSESSED_ON);
    assertThat(r.overall()).isEqualTo(OverallVerdict.NON_CONFORMANT);
    assertThat(r.count(NormativeLevel.SHALL, Verdict.NONCONFORMS)).isEqualTo(1);

    CenterProfile unattested = tier1Conformant().toBuilder().attestations(List.of()).build();
    AssessmentReport r2 = assessor.assess(unattested, ASSESSED_ON);
    assertThat(r2.overall()).isEqualTo(OverallVerdict.NON_CONFORMANT);
    assertThat(r2.count(NormativeLevel.SHALL, Verdict.EVIDENCE_MISSING)).isEqualTo(7);
    assertThat(r2.count(Verdict.NONCONFORMS)).isZero();
  }

  @Test
  @org.db3311.sgc.core.catalog.Implements("R11")
  @DisplayName(
      "R11: attestation clauses need an attestation in both modes, organisational clauses only in"
          + " an inspection; the report states its mode")
  void evidence_modes() {
    CenterProfile unattested = tier1Conformant().toBuilder().attestations(List.of()).build();
    for (EvidenceMode mode : EvidenceMode.values()) {
      AssessmentReport r = assessor.assess(unattested, ASSESSED_ON, mode);
      assertThat(r.mode()).isEqualTo(mode);
      assertThat(r.toString()).contains(mode.en());
      java.util.Set<String> missing = new java.util.TreeSet<>();
      for (Finding f : r.findings()) {
        if (f.verdict() == Verdict.EVIDENCE_MISSING) {
          missing.add(f.clause().value());
        }
        org.db3311.sgc.core.catalog.Verification v =
            org.db3311.sgc.core.catalog.ClauseCatalog.standard()
                .get(f.clause().value())
                .verification();
        if (f.verdict() == Verdict.EVIDENCE_MISSING) {
          assertThat(
                  v == org.db3311.sgc.core.catalog.Verification.ATTESTATION
                      || (v == org.db3311.sgc.core.catalog.Verification.ORGANISATIONAL
                          && mode == EvidenceMode.INSPECTION))
              .as(f.clause() + " " + v + " " + mode)
              .isTrue();
        }
      }
      assertThat(missing)
          .containsExactlyElementsOf(
              assessor.rules().attestedClauses(mode).stream().map(c -> c.value()).toList());
      assertThat(assessor.assess(tier1Conformant(), ASSESSED_ON, mode).overall())
          .isEqualTo(OverallVerdict.CONFORMANT);
    }
    assertThat(assessor.rules().attestedClauses(EvidenceMode.INSPECTION))
        .containsAll(assessor.rules().attestedClauses(EvidenceMode.SELF_ASSESSMENT))
        .extracting(c -> c.value())
        .contains("4.1.2", "4.2.1", "7.1", "7.3.1", "7.4.3.1")
        .doesNotContain("4.2.3", "5.1.1.2");
    assertThat(assessor.assess(new AssessCenter(unattested, ASSESSED_ON)).mode())
        .isEqualTo(EvidenceMode.SELF_ASSESSMENT);
  }

  @Test
  @DisplayName("counts per level and verdict add up to the number of findings")
  void counts_add_up() {
    AssessmentReport r =
        assessor.assess(tier2Conformant().toBuilder().attestations(List.of()).build(), ASSESSED_ON);
    int total =
        r.counts().values().stream()
            .flatMap(m -> m.values().stream())
            .mapToInt(Integer::intValue)
            .sum();
    assertThat(total).isEqualTo(r.findings().size());
    assertThat(r.applicableFindings()).allMatch(f -> f.verdict() != Verdict.NOT_APPLICABLE);
    assertThat(r.findings()).extracting(Finding::clause).isSorted();
    assertThat(r.toString()).contains("NON_CONFORMANT");
  }

  @Test
  @DisplayName(
      "the assessment day decides: a year on, attestations have expired and drills are old")
  void assessment_day_decides() {
    AssessmentReport later = assessor.assess(tier1Conformant(), ASSESSED_ON.plusYears(1));
    assertThat(later.count(Verdict.EVIDENCE_MISSING)).isEqualTo(6);
    assertThat(later.finding("7.4.2.1").orElseThrow().verdict())
        .as("a year on, the last fire drill is too old as well")
        .isEqualTo(Verdict.NONCONFORMS);
    assertThat(assessor.assess(tier1Conformant(), ASSESSED_ON).count(Verdict.EVIDENCE_MISSING))
        .isZero();
  }
}
