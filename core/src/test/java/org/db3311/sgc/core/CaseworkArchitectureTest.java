package org.db3311.sgc.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.WorkflowDocs;
import org.junit.jupiter.api.Test;

/** The casework packages: no cycles, a shared kernel that depends on nothing, real clause ids. */
class CaseworkArchitectureTest {

  private static final String[] CASEWORK = {
    "org.db3311.sgc.core.common..",
    "org.db3311.sgc.core.calendar..",
    "org.db3311.sgc.core.intake..",
    "org.db3311.sgc.core.mediation..",
    "org.db3311.sgc.core.onward..",
    "org.db3311.sgc.core.eventhandling..",
    "org.db3311.sgc.core.supervision..",
    "org.db3311.sgc.core.supervisionfeed..",
    "org.db3311.sgc.core.reception..",
    "org.db3311.sgc.core.followup.."
  };

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.db3311.sgc.core");

  private static final JavaClasses ALL = new ClassFileImporter().importPackages(CASEWORK);

  @Test
  void casework_packages_have_no_cycles() {
    slices().matching("org.db3311.sgc.core.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void the_shared_kernel_depends_on_nothing_else_in_core() {
    noClasses()
        .that()
        .resideInAPackage("org.db3311.sgc.core.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.db3311.sgc.core.catalog..",
            "org.db3311.sgc.core.calendar..",
            "org.db3311.sgc.core.intake..",
            "org.db3311.sgc.core.mediation..",
            "org.db3311.sgc.core.onward..",
            "org.db3311.sgc.core.eventhandling..",
            "org.db3311.sgc.core.supervision..",
            "org.db3311.sgc.core.reception..",
            "org.db3311.sgc.core.followup..")
        .check(MAIN);
  }

  @Test
  void supervision_knows_nothing_of_what_it_supervises() {
    noClasses()
        .that()
        .resideInAPackage("org.db3311.sgc.core.supervision..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.db3311.sgc.core.intake..",
            "org.db3311.sgc.core.mediation..",
            "org.db3311.sgc.core.onward..",
            "org.db3311.sgc.core.eventhandling..",
            "org.db3311.sgc.core.followup..")
        .check(MAIN);
  }

  @Test
  void every_clause_named_in_casework_code_and_tests_is_in_the_catalog() {
    ClauseCatalog catalog = ClauseCatalog.standard();
    List<String> unknown = new ArrayList<>();
    ALL.forEach(
        jc -> {
          Class<?> c;
          try {
            c = jc.reflect();
          } catch (RuntimeException | LinkageError e) {
            return;
          }
          Stream.concat(
                  Stream.<AnnotatedElement>of(c),
                  Stream.concat(
                      Stream.of(c.getDeclaredMethods()), Stream.of(c.getDeclaredFields())))
              .map(e -> e.getAnnotation(Implements.class))
              .filter(java.util.Objects::nonNull)
              .flatMap(i -> Stream.of(i.value()))
              .filter(id -> !catalog.contains(id))
              .forEach(id -> unknown.add(c.getName() + ": " + id));
        });
    assertThat(unknown).isEmpty();
  }

  @Test
  // the package-private tables of the other casework packages are checked by their own packages'
  // tests through the same WorkflowDocs
  void the_documented_state_machines_match_the_tables() {
    WorkflowDocs.assertDocumented(org.db3311.sgc.core.mediation.MediationWorkflow.TABLE);
    WorkflowDocs.assertDocumented(org.db3311.sgc.core.onward.OnwardWorkflow.TABLE);
  }
}
