package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command side's share of the clause map: every {@code @Implements} in the analysis packages
 * names a catalog entry, and every mandatory clause of 6.4–6.8, 7.3, 8.2.5 and 9 that software can
 * verify (not an organisational arrangement) is named by code and by a test.
 */
@DisplayName("Clauses 6.4–6.8, 7.3, 8.2.5, 9 and R8 are traced by code and tests")
class AnalysisClauseTraceTest {

  static final List<String> PACKAGES =
      List.of(
          "facts",
          "archive",
          "evaluation",
          "warning",
          "risk",
          "emergency",
          "epidemic",
          "guidance",
          "casefacts");
  static final List<String> SCOPE = List.of("6.4", "6.5", "6.6", "6.7", "6.8", "7.3", "8.2.5", "9");

  static final Set<String> inCode = new TreeSet<>();
  static final Set<String> inTests = new TreeSet<>();
  static final Set<String> unknown = new TreeSet<>();

  @BeforeAll
  static void scan() throws Exception {
    // ArchUnit finds the classes on the module path too (core is a named module under Surefire),
    // where a class loader's getResources cannot list a module's packages
    JavaClasses classes =
        new ClassFileImporter()
            .importPackages(PACKAGES.stream().map(p -> "org.db3311.sgc.core." + p).toList());
    for (JavaClass jc : classes) {
      boolean tests =
          jc.getSource().map(s -> s.getUri().toString().contains("/test-classes/")).orElse(false);
      Class<?> c =
          Class.forName(jc.getName(), false, AnalysisClauseTraceTest.class.getClassLoader());
      Set<String> ids = new HashSet<>();
      collect(c.getAnnotation(Implements.class), ids);
      for (Method m : c.getDeclaredMethods()) {
        collect(m.getAnnotation(Implements.class), ids);
      }
      for (String id : ids) {
        if (!ClauseCatalog.standard().contains(id)) {
          unknown.add(c.getName() + " → " + id);
        }
      }
      (tests ? inTests : inCode).addAll(ids);
    }
  }

  static void collect(Implements a, Set<String> into) {
    if (a != null) {
      into.addAll(List.of(a.value()));
    }
  }

  static boolean inScope(Clause c) {
    String id = c.id().value();
    return SCOPE.stream().anyMatch(s -> id.equals(s) || id.startsWith(s + "."));
  }

  @Test
  @DisplayName("every @Implements names a clause or ruling of the catalog")
  void known_clauses_only() {
    assertThat(unknown).isEmpty();
  }

  @Test
  @DisplayName("every verifiable SHALL clause in scope, and R8, is named by code and by a test")
  void every_verifiable_shall_is_traced() {
    List<String> required = new ArrayList<>();
    for (Clause c : ClauseCatalog.standard().all()) {
      if (inScope(c)
          && c.level() == NormativeLevel.SHALL
          && c.verification() != Verification.ORGANISATIONAL
          && c.verification() != Verification.NONE) {
        required.add(c.id().value());
      }
    }
    required.add("R8");

    assertThat(required).hasSizeGreaterThan(15);
    assertThat(inCode).as("traced in code").containsAll(required);
    assertThat(inTests).as("traced in tests").containsAll(required);
  }
}
