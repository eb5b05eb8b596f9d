package org.db3311.sgc.core.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.rule.CenterRule;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;

@AnalyzeClasses(
    packages = "org.db3311.sgc.core.assessment",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AssessmentArchitectureTest {

  @ArchTest
  static final ArchRule assessment_packages_are_free_of_cycles =
      slices().matching("org.db3311.sgc.core.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule assessment_depends_on_the_jdk_and_the_core_only =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.db3311.sgc.core..");

  @ArchTest
  static final ArchRule the_profile_knows_no_rules =
      noClasses()
          .that()
          .resideInAPackage("..assessment.profile..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..assessment.rule..", "..assessment.finding..");

  /** R11: attestations are read in one place, for the clauses the catalog decides. */
  @ArchTest
  static final ArchRule only_attested_clause_rules_read_attestations =
      noClasses()
          .that()
          .resideInAPackage("..assessment.rule..")
          .and()
          .doNotHaveSimpleName("AttestationGate")
          .should()
          .callMethod(CenterProfile.class, "attestation", ClauseId.class, LocalDate.class)
          .orShould()
          .callMethod(CenterProfile.class, "attestations", ClauseId.class)
          .orShould()
          .callMethod(CenterProfile.class, "attestations");

  @ArchTest
  static final ArchRule every_rule_names_its_clause =
      classes()
          .that()
          .implement(CenterRule.class)
          .and()
          .doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
          .should()
          .beAnnotatedWith(Implements.class)
          .allowEmptyShould(false);
}
