package org.db3311.sgc.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hexagon, enforced: core depends on the JDK only; adapters depend on core and their own
 * technology, never on each other; only the server knows Helidon and CDI; the conformance kit talks
 * HTTP and never touches the server's classes.
 */
@DisplayName("Architecture guard")
class ArchitectureTest {

  static final String CORE = "org.db3311.sgc.core..";
  static final String ADAPTERS = "org.db3311.sgc.adapter..";
  static final String SERVER = "org.db3311.sgc.server..";
  static final String CONFORMANCE = "org.db3311.sgc.conformance..";

  static final List<String> CONTAINER_PACKAGES =
      List.of(
          "io.helidon..",
          "jakarta.enterprise..",
          "jakarta.inject..",
          "jakarta.ws.rs..",
          "org.glassfish.jersey..",
          "jakarta.annotation..",
          "org.eclipse.microprofile..");

  static final ArchRule core_depends_only_on_the_jdk =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          // javax.crypto is part of java.base (HMAC for pseudonymous person keys)
          .resideInAnyPackage(CORE, "java..", "javax.crypto..")
          .because("core is a framework-free library that vendors embed (DB3311 design card)");

  static final ArchRule core_has_no_package_cycles =
      slices().matching("org.db3311.sgc.core.(**)").should().beFreeOfCycles();

  static final ArchRule adapters_do_not_depend_on_each_other =
      slices()
          .matching("org.db3311.sgc.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter implements core's ports for one technology");

  static final ArchRule only_the_persistence_adapter_knows_jakarta_persistence =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.db3311.sgc.adapter.jpa..", SERVER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..")
          .because("the domain knows nothing of JPA: entities and mappers live in the adapter");

  static final ArchRule adapters_depend_on_no_server_or_kit_class =
      noClasses()
          .that()
          .resideInAPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SERVER, CONFORMANCE);

  static final ArchRule only_the_server_knows_helidon_and_cdi =
      noClasses()
          .that()
          .resideOutsideOfPackage(SERVER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CONTAINER_PACKAGES.toArray(String[]::new));

  static final ArchRule the_kit_touches_no_server_class =
      noClasses()
          .that()
          .resideInAPackage(CONFORMANCE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SERVER)
          .because("the conformance kit checks any deployment over HTTP");

  private static JavaClasses main() {
    return ProjectClasses.main();
  }

  @Test
  void core_depends_only_on_the_jdk() {
    core_depends_only_on_the_jdk.check(main());
  }

  @Test
  void core_has_no_package_cycles() {
    core_has_no_package_cycles.check(main());
  }

  @Test
  void adapters_do_not_depend_on_each_other() {
    adapters_do_not_depend_on_each_other.check(main());
  }

  @Test
  void only_the_persistence_adapter_knows_jakarta_persistence() {
    only_the_persistence_adapter_knows_jakarta_persistence.check(main());
  }

  @Test
  void adapters_depend_on_no_server_or_kit_class() {
    adapters_depend_on_no_server_or_kit_class.check(main());
  }

  @Test
  void only_the_server_knows_helidon_and_cdi() {
    only_the_server_knows_helidon_and_cdi.check(main());
  }

  @Test
  void the_kit_touches_no_server_class() {
    the_kit_touches_no_server_class.check(main());
  }

  /** A rule over an empty package checks nothing: every package a rule names must hold classes. */
  @ParameterizedTest(name = "{0} holds classes")
  @ValueSource(strings = {CORE, ADAPTERS, "org.db3311.sgc.adapter.jpa..", SERVER, CONFORMANCE})
  void every_package_a_rule_names_holds_classes(String pkg) {
    String prefix = pkg.substring(0, pkg.length() - 2);
    assertThat(main().stream().filter(c -> c.getPackageName().startsWith(prefix)).count())
        .as("classes in %s", pkg)
        .isPositive();
  }

  @Test
  void every_class_of_a_module_lives_in_that_modules_package() {
    main()
        .forEach(
            c -> {
              ProjectClasses.Module m = ProjectClasses.moduleOf(c).orElseThrow();
              String expected =
                  switch (m.kind()) {
                    case CORE -> "org.db3311.sgc.core";
                    case ADAPTER -> "org.db3311.sgc.adapter";
                    case SERVER -> "org.db3311.sgc.server";
                    case CONFORMANCE -> "org.db3311.sgc.conformance";
                  };
              assertThat(c.getPackageName()).as(c.getName()).startsWith(expected);
            });
  }
}
