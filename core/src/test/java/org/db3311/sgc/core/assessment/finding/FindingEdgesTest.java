package org.db3311.sgc.core.assessment.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of a finding: which verdict a clause of each normative level can take (应 and 不应 fail, 宜
 * is a gap, 可 and informative text only advise, ruling R5), which findings make a center
 * non-conformant, and what a finding must say.
 */
@DisplayName("A finding — verdicts by normative level, mandatory gaps and what it must say")
class FindingEdgesTest {

  static final ClauseId CLAUSE = ClauseId.of("5.1.1.2");

  static Finding finding(NormativeLevel level, Verdict verdict) {
    return new Finding(CLAUSE, level, verdict, List.of(), List.of(), "面积不足", "too small");
  }

  @Test
  @DisplayName(
      "a gap is a non-conformity, missing evidence or an advisory; conforming and not applicable"
          + " are not gaps")
  void which_verdicts_are_gaps() {
    assertThat(EnumSet.allOf(Verdict.class).stream().filter(Verdict::isGap))
        .containsExactlyInAnyOrder(Verdict.NONCONFORMS, Verdict.EVIDENCE_MISSING, Verdict.ADVISORY);
  }

  @Test
  @Implements("R5")
  @DisplayName(
      "应, 不应 and 宜 clauses can be failed; 可 and informative text only advised on (R5), and a"
          + " 应 or 不应 gap is never a mere advisory")
  void verdicts_by_level() {
    assertThat(
            EnumSet.allOf(NormativeLevel.class).stream()
                .filter(Finding::isRequirementOrRecommendation))
        .containsExactlyInAnyOrder(
            NormativeLevel.SHALL, NormativeLevel.SHALL_NOT, NormativeLevel.SHOULD);
    for (NormativeLevel level : List.of(NormativeLevel.MAY, NormativeLevel.INFORMATIVE)) {
      assertThatThrownBy(() -> finding(level, Verdict.NONCONFORMS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("5.1.1.2: a " + level + " clause cannot be failed, only noted as advisory");
      assertThat(finding(level, Verdict.ADVISORY).verdict()).isEqualTo(Verdict.ADVISORY);
    }
    for (NormativeLevel level : List.of(NormativeLevel.SHALL, NormativeLevel.SHALL_NOT)) {
      assertThatThrownBy(() -> finding(level, Verdict.ADVISORY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("5.1.1.2: a gap in a " + level + " clause is a non-conformity, not advisory");
    }
    assertThat(finding(NormativeLevel.SHOULD, Verdict.ADVISORY).verdict())
        .isEqualTo(Verdict.ADVISORY);
    assertThat(finding(NormativeLevel.SHOULD, Verdict.NONCONFORMS).verdict())
        .isEqualTo(Verdict.NONCONFORMS);
  }

  @Test
  @DisplayName(
      "only a 应 or 不应 clause not met, or not shown met for want of an attestation, makes the center"
          + " non-conformant")
  void mandatory_gaps() {
    for (NormativeLevel level : List.of(NormativeLevel.SHALL, NormativeLevel.SHALL_NOT)) {
      assertThat(finding(level, Verdict.NONCONFORMS).isMandatoryGap()).isTrue();
      assertThat(finding(level, Verdict.EVIDENCE_MISSING).isMandatoryGap()).isTrue();
      assertThat(finding(level, Verdict.CONFORMS).isMandatoryGap()).isFalse();
      assertThat(finding(level, Verdict.NOT_APPLICABLE).isMandatoryGap()).isFalse();
    }
    assertThat(finding(NormativeLevel.SHOULD, Verdict.NONCONFORMS).isMandatoryGap()).isFalse();
    assertThat(finding(NormativeLevel.SHOULD, Verdict.EVIDENCE_MISSING).isMandatoryGap()).isFalse();
    assertThat(finding(NormativeLevel.MAY, Verdict.ADVISORY).isMandatoryGap()).isFalse();
  }

  @Test
  @DisplayName(
      "a finding says what it found in Chinese and English, names only rulings as rulings, and"
          + " keeps its own copies of its lists")
  void what_a_finding_says() {
    for (String[] words : new String[][] {{null, "en"}, {" ", "en"}, {"中", null}, {"中", " "}}) {
      assertThatThrownBy(
              () ->
                  new Finding(
                      CLAUSE,
                      NormativeLevel.SHALL,
                      Verdict.CONFORMS,
                      List.of(),
                      List.of(),
                      words[0],
                      words[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("5.1.1.2: a finding needs a message in zh and en");
    }
    assertThatThrownBy(
            () ->
                new Finding(
                    CLAUSE,
                    NormativeLevel.SHALL,
                    Verdict.CONFORMS,
                    List.of(ClauseId.of("R5"), ClauseId.of("5.3.2")),
                    List.of(),
                    "中",
                    "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("5.1.1.2: 5.3.2 is not a ruling");
    List<Fact> facts = new java.util.ArrayList<>(List.of(Fact.of("totalFloorArea", 2999)));
    Finding f =
        new Finding(
            CLAUSE,
            NormativeLevel.SHALL,
            Verdict.NONCONFORMS,
            List.of(ClauseId.of("R1")),
            facts,
            "中",
            "en");
    facts.clear();
    assertThat(f.facts()).containsExactly(new Fact("totalFloorArea", "2999"));
    assertThat(f.rulings()).containsExactly(ClauseId.of("R1"));
  }

  @Test
  @DisplayName("a fact has a name and shows its value as checked, null included")
  void facts() {
    assertThat(Fact.of("totalFloorArea", new BigDecimal("2999.99")).value()).isEqualTo("2999.99");
    assertThat(Fact.of("managementBody", null).value()).isEqualTo("null");
    for (String blank : new String[] {null, "", " "}) {
      assertThatThrownBy(() -> new Fact(blank, "1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a fact needs a name");
    }
    assertThatThrownBy(() -> new Fact("x", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @Implements("R11")
  @DisplayName("R11: a report states its mode — 自评 (self-assessment) or 核查 (inspection)")
  void evidence_modes_are_named() {
    assertThat(EvidenceMode.SELF_ASSESSMENT.zh()).isEqualTo("自评");
    assertThat(EvidenceMode.SELF_ASSESSMENT.en()).isEqualTo("self-assessment");
    assertThat(EvidenceMode.INSPECTION.zh()).isEqualTo("核查");
    assertThat(EvidenceMode.INSPECTION.en()).isEqualTo("inspection");
  }
}
