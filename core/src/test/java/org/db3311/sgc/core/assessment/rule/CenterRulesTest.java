package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The center rule registry: one rule per clause, traced to the catalog")
class CenterRulesTest {

  private static final ClauseCatalog CATALOG = ClauseCatalog.standard();

  private static boolean aboutTheCenter(Clause c) {
    String id = c.id().value();
    return id.startsWith("4.")
        || id.startsWith("5.")
        || id.startsWith("8.1.")
        || id.startsWith("A.");
  }

  @Test
  @DisplayName("every SHALL/SHOULD clause of chapters 4, 5, 8.1 and Appendix A has a rule")
  void every_center_clause_has_a_rule() {
    Set<ClauseId> withRule = new TreeSet<>(CenterRules.standard().clauses());
    List<ClauseId> required =
        CATALOG
            .where(
                c ->
                    aboutTheCenter(c)
                        && (c.level().isMandatory() || c.level() == NormativeLevel.SHOULD))
            .stream()
            .map(Clause::id)
            .toList();
    assertThat(required).hasSizeGreaterThan(25);
    assertThat(withRule).containsAll(required);
  }

  @Test
  @DisplayName("each rule names exactly one catalog clause, with its level from the catalog")
  void rules_name_catalog_clauses() {
    for (CenterRule rule : CenterRules.standard().all()) {
      Clause clause = CATALOG.get(rule.clause().value());
      assertThat(rule.clause().isRuling()).isFalse();
      assertThat(((ClauseRule) rule).level()).isEqualTo(clause.level());
      assertThat(rule.getClass().getAnnotation(Implements.class).value())
          .contains(rule.clause().value());
    }
    assertThat(CenterRules.standard().clauses()).doesNotHaveDuplicates().isSorted();
  }

  @Test
  @DisplayName("every @Implements id in the assessment code and its tests is a catalog id")
  void implements_ids_exist() {
    JavaClasses classes = new ClassFileImporter().importPackages("org.db3311.sgc.core.assessment");
    List<String> ids = new ArrayList<>();
    for (JavaClass c : classes) {
      c.tryGetAnnotationOfType(Implements.class).ifPresent(a -> ids.addAll(List.of(a.value())));
      for (JavaMethod m : c.getMethods()) {
        m.tryGetAnnotationOfType(Implements.class).ifPresent(a -> ids.addAll(List.of(a.value())));
      }
    }
    assertThat(ids).hasSizeGreaterThan(60);
    assertThat(ids).allSatisfy(id -> assertThat(CATALOG.contains(id)).as(id).isTrue());
  }

  @Test
  @DisplayName("every clause the catalog verifies by attestation needs a valid attestation (R6)")
  void attestation_clauses_need_attestations() {
    for (CenterRule rule : CenterRules.standard().all()) {
      if (CATALOG.get(rule.clause().value()).verification() != Verification.ATTESTATION) {
        continue;
      }
      for (CenterProfile c : List.of(tier1Conformant(), tier2Conformant())) {
        assertThat(rule.check(c, ASSESSED_ON).verdict())
            .as(rule.clause().value())
            .isEqualTo(Verdict.CONFORMS);
        CenterProfile bare = RuleTestSupport.withoutAttestation(c, rule.clause().value());
        assertThat(rule.check(bare, ASSESSED_ON).verdict())
            .as(rule.clause().value())
            .isEqualTo(Verdict.EVIDENCE_MISSING);
      }
    }
  }

  @Test
  @Implements("R6")
  @DisplayName(
      "R6: the clauses attestations are taken for are those whose rules read them, derived from"
          + " the registry")
  void attested_clauses_are_those_whose_rules_read_attestations() {
    assertThat(CenterRules.standard().attestedClauses())
        .extracting(ClauseId::value)
        .containsExactly(
            "4.1.2", "4.2.1", "4.2.2", "4.2.4", "5.1.1.1", "5.3.1", "5.3.2", "5.3.3", "5.3.4",
            "5.3.5", "7.1", "7.3.1", "7.4.1.1", "7.4.1.2", "7.4.2.1", "7.4.2.2", "7.4.3.1");
    for (CenterRule rule : CenterRules.standard().all()) {
      boolean changes = false;
      for (CenterProfile c : List.of(tier1Conformant(), tier2Conformant())) {
        CenterProfile bare = RuleTestSupport.withoutAttestation(c, rule.clause().value());
        changes |=
            !rule.check(c, ASSESSED_ON, EvidenceMode.INSPECTION)
                .equals(rule.check(bare, ASSESSED_ON, EvidenceMode.INSPECTION));
      }
      assertThat(rule.readsAttestations()).as(rule.clause().value()).isEqualTo(changes);
    }
    assertThat(CenterRules.of(List.of(new FacilitiesRule())).attestedClauses()).isEmpty();
  }

  @Test
  @DisplayName("a rule is not applicable exactly when it says so, with a message")
  void not_applicable_matches_applies_to() {
    for (CenterRule rule : CenterRules.standard().all()) {
      for (CenterProfile c : List.of(tier1Conformant(), tier2Conformant())) {
        var f = rule.check(c, ASSESSED_ON);
        assertThat(f.verdict() == Verdict.NOT_APPLICABLE).isEqualTo(!rule.appliesTo(c));
        assertThat(f.messageZh()).isNotBlank();
      }
    }
  }

  @Test
  @DisplayName("the registry rejects two rules for one clause")
  void one_clause_one_rule() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CenterRules.of(List.of(new FacilitiesRule(), new FacilitiesRule())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5.2");
  }
}
