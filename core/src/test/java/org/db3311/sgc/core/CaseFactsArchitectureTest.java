package org.db3311.sgc.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The direction of the join between casework and analysis: the projection ({@code core.casefacts})
 * depends on both; casework knows nothing of analysis or the projection; analysis reads casework
 * only through the facts the projection writes, sharing no more than the kernel (common, calendar).
 */
@AnalyzeClasses(
    packages = "org.db3311.sgc.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CaseFactsArchitectureTest {

  static final String PROJECTION = "org.db3311.sgc.core.casefacts..";

  /** Casework's workflow packages (the kernel, common and calendar, is shared by both sides). */
  static final String[] CASEWORK = {
    "org.db3311.sgc.core.intake..",
    "org.db3311.sgc.core.mediation..",
    "org.db3311.sgc.core.eventhandling..",
    "org.db3311.sgc.core.supervision..",
    "org.db3311.sgc.core.supervisionfeed..",
    "org.db3311.sgc.core.reception..",
    "org.db3311.sgc.core.followup.."
  };

  static final String[] ANALYSIS = {
    "org.db3311.sgc.core.facts..",
    "org.db3311.sgc.core.archive..",
    "org.db3311.sgc.core.evaluation..",
    "org.db3311.sgc.core.warning..",
    "org.db3311.sgc.core.risk..",
    "org.db3311.sgc.core.emergency..",
    "org.db3311.sgc.core.epidemic..",
    "org.db3311.sgc.core.guidance.."
  };

  static final String[] KERNEL = {
    "org.db3311.sgc.core.common..",
    "org.db3311.sgc.core.calendar..",
    "org.db3311.sgc.core.catalog.."
  };

  @ArchTest
  static final ArchRule core_packages_are_free_of_cycles =
      slices().matching("org.db3311.sgc.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule casework_knows_neither_analysis_nor_the_projection =
      noClasses()
          .that()
          .resideInAnyPackage(CASEWORK)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(ANALYSIS, PROJECTION))
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule analysis_knows_neither_casework_nor_the_projection =
      noClasses()
          .that()
          .resideInAnyPackage(ANALYSIS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(CASEWORK, PROJECTION))
          .allowEmptyShould(false);

  @ArchTest
  static final ArchRule the_projection_depends_only_on_casework_analysis_and_the_kernel =
      classes()
          .that()
          .resideInAPackage(PROJECTION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              concat(
                  concat(concat(CASEWORK, ANALYSIS), KERNEL),
                  PROJECTION,
                  "java..",
                  "javax.crypto.."))
          .allowEmptyShould(false);

  @ArchTest
  static void the_projection_reads_casework_and_writes_analysis(JavaClasses core) {
    Set<String> targets =
        core
            .that(
                com.tngtech.archunit.base.DescribedPredicate.describe(
                    "in the projection",
                    (JavaClass c) ->
                        c.getPackageName().startsWith("org.db3311.sgc.core.casefacts")))
            .stream()
            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
            .map(d -> d.getTargetClass().getPackageName())
            .collect(Collectors.toSet());
    assertThat(targets)
        .contains(
            "org.db3311.sgc.core.intake",
            "org.db3311.sgc.core.supervision",
            "org.db3311.sgc.core.mediation",
            "org.db3311.sgc.core.eventhandling",
            "org.db3311.sgc.core.followup",
            "org.db3311.sgc.core.facts",
            "org.db3311.sgc.core.archive");
  }

  @ArchTest
  static void every_package_the_rules_name_has_classes(JavaClasses core) {
    for (String pkg : concat(concat(CASEWORK, ANALYSIS), PROJECTION)) {
      String name = pkg.substring(0, pkg.length() - 2);
      assertThat(core.stream().filter(c -> c.getPackageName().startsWith(name)).count())
          .as("classes in " + name)
          .isPositive();
    }
  }

  private static String[] concat(String[] a, String... b) {
    return java.util.stream.Stream.concat(List.of(a).stream(), List.of(b).stream())
        .toArray(String[]::new);
  }
}
