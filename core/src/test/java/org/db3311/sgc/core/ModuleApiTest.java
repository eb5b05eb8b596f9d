package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards of {@code module-info.java}: core reads {@code java.base} alone, its exported packages are
 * the API (nothing public in them names a type of a package that is not exported, or a type that is
 * not public, so a vendor on the module path can use every signature it sees), and the embedding
 * example a vendor copies uses the exported packages only. {@code ModuleBoundaryTest} in
 * conformance-tests checks the adapters, the server and the kit the same way.
 */
class ModuleApiTest {

  static final String NAME = "org.db3311.sgc.core";

  /** Packages core keeps to itself; module-info.java says why each is not exported. */
  static final Set<String> INTERNAL =
      Set.of("org.db3311.sgc.core.common.json", "org.db3311.sgc.core.supervisionfeed");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(NAME);

  @Test
  @DisplayName("core is the module org.db3311.sgc.core and reads java.base alone")
  void core_is_a_named_module_reading_java_base_only() {
    ModuleDescriptor d = descriptor();
    assertThat(d.name()).isEqualTo(NAME);
    assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
        .containsExactly("java.base");
    assertThat(d.exports()).allMatch(e -> !e.isQualified(), "exports to every module");
    assertThat(d.opens()).isEmpty();
  }

  @Test
  @DisplayName("every package of core is exported except the internal ones named here")
  void every_package_is_exported_but_the_internal_ones() {
    SortedSet<String> packagesWithClasses =
        MAIN.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(packagesWithClasses).as("packages found").hasSizeGreaterThan(30);
    assertThat(packagesWithClasses).containsAll(INTERNAL);
    SortedSet<String> expected = new TreeSet<>(packagesWithClasses);
    expected.removeAll(INTERNAL);
    assertThat(new TreeSet<>(exported())).isEqualTo(expected);
  }

  @Test
  @DisplayName("no exported signature names a type a client cannot name")
  void the_exported_api_names_no_internal_type() {
    Set<String> exported = exported();
    SortedSet<String> leaks = new TreeSet<>();
    MAIN.stream()
        .filter(c -> exported.contains(c.getPackageName()))
        .filter(ModuleApiTest::visibleOutside)
        .forEach(
            c -> {
              c.getSuperclass().ifPresent(s -> check(c.getName() + " extends", s, exported, leaks));
              c.getInterfaces()
                  .forEach(i -> check(c.getName() + " implements", i, exported, leaks));
              for (JavaField f : c.getFields()) {
                if (visibleMember(c, f.getModifiers())) {
                  check(f.getFullName(), f.getType(), exported, leaks);
                }
              }
              for (JavaCodeUnit u : c.getCodeUnits()) {
                if (!visibleMember(c, u.getModifiers())
                    || u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                  continue;
                }
                check(u.getFullName(), u.getReturnType(), exported, leaks);
                u.getParameterTypes().forEach(p -> check(u.getFullName(), p, exported, leaks));
                for (ThrowsDeclaration<?> t : u.getThrowsClause()) {
                  check(u.getFullName() + " throws", t.getRawType(), exported, leaks);
                }
              }
            });
    assertThat(leaks).as("public API naming an unexported type").isEmpty();
  }

  @Test
  @DisplayName("the embedding example a vendor copies uses the exported packages only")
  void the_embedding_example_uses_exported_packages_only() {
    JavaClasses example = new ClassFileImporter().importClasses(EmbeddingExampleTest.class);
    Set<String> exported = exported();
    SortedSet<String> used = new TreeSet<>();
    SortedSet<String> internal = new TreeSet<>();
    example.stream()
        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
        .map(Dependency::getTargetClass)
        .filter(t -> t.getPackageName().startsWith(NAME))
        .filter(t -> !t.isEquivalentTo(EmbeddingExampleTest.class))
        .forEach(
            t -> {
              used.add(t.getPackageName());
              if (!exported.contains(t.getPackageName())) {
                internal.add(t.getName());
              }
            });
    // the example reaches into intake, mediation and the shared kernel at least: a check over
    // nothing would pass whatever module-info says
    assertThat(used)
        .contains(NAME + ".intake", NAME + ".mediation", NAME + ".common")
        .hasSizeGreaterThan(3);
    assertThat(internal).as("unexported classes the example uses").isEmpty();
  }

  private static void check(String where, JavaType type, Set<String> exported, Set<String> leaks) {
    for (JavaClass t : type.getAllInvolvedRawTypes()) {
      JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
      String pkg = base.getPackageName();
      if (pkg.startsWith(NAME) && !exported.contains(pkg)) {
        leaks.add(where + " -> " + base.getName());
      } else if (pkg.startsWith(NAME) && !visibleOutside(base)) {
        leaks.add(where + " -> " + base.getName() + " (not public)");
      }
    }
  }

  /** A class a client of the module can name: public, and inside public classes only. */
  private static boolean visibleOutside(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean visibleMember(JavaClass owner, Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC)
        || (modifiers.contains(JavaModifier.PROTECTED)
            && !owner.getModifiers().contains(JavaModifier.FINAL));
  }

  static Set<String> exported() {
    return descriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  /**
   * The compiled descriptor: from the module when the tests run on the module path (Surefire), from
   * the class directory when they run on the class path (PIT, an IDE).
   */
  static ModuleDescriptor descriptor() {
    Module module = GovernanceCenter.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor();
    }
    try {
      Path classes =
          Path.of(
              GovernanceCenter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("core's module-info.class not found", e);
    }
  }
}
