package org.db3311.sgc.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards of the one pattern inside core: services hold invariants with versioned aggregates, not
 * locks (a lock holds in one process only); services depend on ports, never on the in-memory
 * adapters; every outgoing port has a contract test that each adapter must pass.
 */
class CoreGuardsTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.db3311.sgc.core");

  private static final Pattern PORT =
      Pattern.compile(
          ".*(Repository|Gateway|Store|Notifier|Provider|Reporter|Trail|Outbox|Log|Board|Generator)");

  /**
   * Ports that have no contract test yet; this list may only shrink (the test fails when one of
   * them gains a contract and is still listed, so the list stays true).
   */
  private static final Set<String> WITHOUT_CONTRACT_YET =
      Set.of(
          "CaseFactStore",
          "PublishedFigureStore",
          "RecheckBoard",
          "ExerciseLog",
          "MatterTraceRepository",
          "DailyCollectionStore");

  @Test
  @DisplayName("no service method is synchronized: invariants live in versioned aggregates")
  void no_service_is_synchronized() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .haveSimpleNameEndingWith("Service")
        .should()
        .notHaveModifier(JavaModifier.SYNCHRONIZED)
        .because("a lock holds within one server instance only (issue: stateless instances)")
        .check(CORE);
  }

  @Test
  @DisplayName("services depend on ports, never on the in-memory adapters")
  void services_use_ports_not_in_memory_adapters() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Service")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameStartingWith("InMemory")
        .check(CORE);
  }

  @Test
  @DisplayName("every outgoing port has an abstract contract test for its adapters")
  void every_outgoing_port_has_a_contract_test() {
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<JavaClass> ports =
        CORE.stream()
            .filter(JavaClass::isInterface)
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .filter(c -> PORT.matcher(c.getSimpleName()).matches())
            .filter(c -> !c.isNestedClass())
            .toList();
    assertThat(ports).as("ports found").hasSizeGreaterThan(20);
    for (JavaClass port : ports) {
      boolean hasContract = exists(port.getName() + "Contract");
      if (!hasContract && !WITHOUT_CONTRACT_YET.contains(port.getSimpleName())) {
        missing.add(port.getName());
      }
      if (hasContract && WITHOUT_CONTRACT_YET.contains(port.getSimpleName())) {
        stale.add(port.getSimpleName());
      }
    }
    assertThat(missing).as("ports without a <Port>Contract test").isEmpty();
    assertThat(stale).as("listed as without contract, but they have one now").isEmpty();
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, CoreGuardsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
