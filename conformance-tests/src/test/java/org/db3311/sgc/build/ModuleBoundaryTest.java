package org.db3311.sgc.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Core's {@code module-info.java} names the packages a vendor needs, and no others: every class of
 * the adapters, the reference server and the conformance kit (their tests included) that uses core
 * uses exported packages only, as does the separate vendor project that bin/check-release builds;
 * and every exported package is used outside core or named by an exported signature they use.
 * Inside the exported packages, every public top-level type is used outside its package or listed
 * with its reason in {@code core-api-allowlist.txt} beside this class, so a helper that serves its
 * package alone does not become API by accident. The other modules are built on the class path,
 * where the compiler does not hold them to the exports: this test does.
 */
@DisplayName("Core's module exports are the API the other modules use")
class ModuleBoundaryTest {

  static final String CORE = "org.db3311.sgc.core";

  private static Set<String> exported;

  @BeforeAll
  static void readDescriptor() throws IOException {
    ProjectClasses.Module core = ProjectClasses.modules().getFirst();
    Path info = ProjectClasses.mainClasses(core).resolve("module-info.class");
    try (InputStream in = Files.newInputStream(info)) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertThat(d.name()).isEqualTo(CORE);
      exported =
          d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }
  }

  @Test
  @DisplayName("adapters, server and kit use exported packages of core only")
  void other_modules_use_exported_packages_only() {
    Map<String, SortedSet<String>> offences = new TreeMap<>();
    Map<ProjectClasses.Kind, Long> users = new TreeMap<>();
    for (JavaClass c : outsideCore()) {
      boolean usesCore = false;
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = coreMainClass(d.getTargetClass());
        if (target == null) {
          continue;
        }
        usesCore = true;
        if (!exported.contains(target.getPackageName())) {
          offences.computeIfAbsent(c.getName(), k -> new TreeSet<>()).add(target.getName());
        }
      }
      if (usesCore) {
        users.merge(ProjectClasses.moduleOf(c).orElseThrow().kind(), 1L, Long::sum);
      }
    }
    // a rule over modules that do not use core would pass whatever the exports are
    assertThat(users)
        .containsKeys(
            ProjectClasses.Kind.ADAPTER,
            ProjectClasses.Kind.SERVER,
            ProjectClasses.Kind.CONFORMANCE);
    assertThat(offences).as("classes using unexported packages of core").isEmpty();
  }

  @Test
  @DisplayName("the separate vendor project imports exported packages of core only")
  void the_vendor_example_imports_exported_packages_only() throws IOException {
    SortedSet<String> imported = vendorExampleImports();
    assertThat(imported).as("core imports of the vendor example").hasSizeGreaterThan(5);
    SortedSet<String> internal = new TreeSet<>();
    for (String name : imported) {
      if (!exported.contains(packageOf(name))) {
        internal.add(name);
      }
    }
    assertThat(internal).as("unexported types the vendor example imports").isEmpty();
  }

  @Test
  @DisplayName("every exported package is used outside core or named by an API it uses")
  void every_exported_package_is_needed() {
    Set<String> needed = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (JavaClass c : outsideCore()) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = coreMainClass(d.getTargetClass());
        if (target != null && needed.add(target.getPackageName())) {
          todo.add(target.getPackageName());
        }
      }
    }
    // a package is also needed when the public signatures of a needed package name its types
    Map<String, List<JavaClass>> byPackage =
        ProjectClasses.main().stream()
            .filter(c -> c.getPackageName().startsWith(CORE))
            .collect(Collectors.groupingBy(JavaClass::getPackageName));
    while (!todo.isEmpty()) {
      for (JavaClass c : byPackage.getOrDefault(todo.pop(), List.of())) {
        if (!visibleOutside(c)) {
          continue;
        }
        for (JavaClass named : signatureTypes(c)) {
          String p = named.getPackageName();
          if (p.startsWith(CORE) && needed.add(p)) {
            todo.add(p);
          }
        }
      }
    }
    SortedSet<String> unneeded = new TreeSet<>(exported);
    unneeded.removeAll(needed);
    assertThat(unneeded).as("exported packages no vendor needs").isEmpty();
  }

  @Test
  @DisplayName(
      "every public top-level type of an exported package is used outside its package, or listed"
          + " with a reason")
  void every_public_type_is_used_outside_its_package_or_listed() throws IOException {
    Map<String, String> listed = allowList();
    // by name: ProjectClasses.main() and all() are two imports, whose JavaClass objects differ
    Map<String, JavaClass> coreMain =
        ProjectClasses.main().stream()
            .filter(c -> c.getPackageName().startsWith(CORE))
            .filter(c -> exported.contains(c.getPackageName()))
            .collect(Collectors.toMap(JavaClass::getName, c -> c));
    // used: named by a class of another package — a class of core's main code, or any class of
    // the adapters, the server or the kit (their tests included: they stand for a vendor). Core's
    // own tests do not count: a type only they need from another package is listed, so the list
    // shows it.
    Set<String> needed = new HashSet<>();
    for (JavaClass c : ProjectClasses.all()) {
      boolean coreTest =
          ProjectClasses.isTest(c)
              && ProjectClasses.moduleOf(c).orElseThrow().kind() == ProjectClasses.Kind.CORE;
      if (coreTest) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = coreMainClass(d.getTargetClass());
        if (target != null && !target.getPackageName().equals(c.getPackageName())) {
          needed.add(topLevel(target).getName());
        }
      }
    }
    // the separate vendor project is source only: its imports count
    for (String name : vendorExampleImports()) {
      if (coreMain.containsKey(name)) {
        needed.add(topLevel(coreMain.get(name)).getName());
      }
    }
    // and what the public signatures of a used or listed type name stays public with it
    Set<String> usedOrNamed = named(needed, coreMain);
    Set<String> withListed = new HashSet<>(needed);
    withListed.addAll(listed.keySet());
    Set<String> kept = named(withListed, coreMain);
    SortedSet<String> unused = new TreeSet<>();
    for (JavaClass c : coreMain.values()) {
      if (c.isTopLevelClass() && visibleOutside(c) && !usedOrNamed.contains(c.getName())) {
        unused.add(c.getName());
      }
    }
    // a check over nothing would pass whatever core's packages hold
    assertThat(needed).hasSizeGreaterThan(300);
    SortedSet<String> notListed = new TreeSet<>(unused);
    notListed.removeAll(kept);
    assertThat(notListed)
        .as(
            "public types no other package uses: make them package-private, or list them in"
                + " core-api-allowlist.txt with the reason they are API")
        .isEmpty();
    SortedSet<String> stale = new TreeSet<>(listed.keySet());
    stale.removeAll(unused);
    assertThat(stale)
        .as("listed in core-api-allowlist.txt but used outside their package, or not public")
        .isEmpty();
  }

  /** The seeds and every type the public signatures of a seed name, transitively, by name. */
  private static Set<String> named(Set<String> seeds, Map<String, JavaClass> coreMain) {
    Set<String> out = new HashSet<>(seeds);
    Deque<String> todo = new ArrayDeque<>(seeds);
    while (!todo.isEmpty()) {
      String top = todo.pop();
      for (JavaClass m : coreMain.values()) {
        if (!topLevel(m).getName().equals(top) || !visibleOutside(m)) {
          continue;
        }
        for (JavaClass n : signatureTypes(m)) {
          if (n.getPackageName().startsWith(CORE) && out.add(topLevel(n).getName())) {
            todo.add(topLevel(n).getName());
          }
        }
      }
    }
    return out;
  }

  /** The allow-list: a type's name, then its reason; a line starting with # is a comment. */
  private static Map<String, String> allowList() throws IOException {
    Map<String, String> listed = new TreeMap<>();
    try (InputStream in = ModuleBoundaryTest.class.getResourceAsStream("core-api-allowlist.txt")) {
      assertThat(in).as("core-api-allowlist.txt").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\\s+", 2);
        assertThat(f).as("a type and its reason: " + line).hasSize(2);
        assertThat(listed.put(CORE + "." + f[0], f[1])).as("listed twice: " + f[0]).isNull();
      }
    }
    return listed;
  }

  /** The names of core the separate vendor project (built by bin/check-release) imports. */
  private static SortedSet<String> vendorExampleImports() throws IOException {
    Path sources = ProjectClasses.root().resolve("conformance-tests/src/it/vendor-example/src");
    Pattern coreImport =
        Pattern.compile("(?m)^import (?:static )?(" + Pattern.quote(CORE) + "[\\w.]*);");
    SortedSet<String> imported = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = coreImport.matcher(Files.readString(f));
        while (m.find()) {
          imported.add(m.group(1));
        }
      }
    }
    return imported;
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass k = c;
    while (k.getEnclosingClass().isPresent()) {
      k = k.getEnclosingClass().get();
    }
    return k;
  }

  private static List<JavaClass> outsideCore() {
    return ProjectClasses.all().stream()
        .filter(c -> ProjectClasses.moduleOf(c).orElseThrow().kind() != ProjectClasses.Kind.CORE)
        .toList();
  }

  /** The class of core's main jar that {@code target} is, or null (the tests jar is not API). */
  private static JavaClass coreMainClass(JavaClass target) {
    JavaClass base = target.isArray() ? target.getBaseComponentType() : target;
    if (!base.getPackageName().startsWith(CORE) || ProjectClasses.isTest(base)) {
      return null;
    }
    return base;
  }

  private static Set<JavaClass> signatureTypes(JavaClass c) {
    Set<JavaClass> out = new HashSet<>();
    c.getSuperclass().ifPresent(s -> out.addAll(s.getAllInvolvedRawTypes()));
    c.getInterfaces().forEach(i -> out.addAll(i.getAllInvolvedRawTypes()));
    for (JavaField f : c.getFields()) {
      if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
        out.addAll(f.getType().getAllInvolvedRawTypes());
      }
    }
    for (JavaCodeUnit u : c.getCodeUnits()) {
      Set<JavaModifier> m = u.getModifiers();
      if (!m.contains(JavaModifier.PUBLIC) && !m.contains(JavaModifier.PROTECTED)) {
        continue;
      }
      out.addAll(u.getReturnType().getAllInvolvedRawTypes());
      for (JavaType p : u.getParameterTypes()) {
        out.addAll(p.getAllInvolvedRawTypes());
      }
      u.getThrowsClause().forEach(t -> out.add(t.getRawType()));
    }
    return out.stream()
        .map(t -> t.isArray() ? t.getBaseComponentType() : t)
        .collect(Collectors.toSet());
  }

  private static boolean visibleOutside(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** The package of an imported name: the segments before the first capitalised one. */
  private static String packageOf(String importedName) {
    String[] parts = importedName.split("\\.");
    StringBuilder pkg = new StringBuilder();
    for (String part : parts) {
      if (Character.isUpperCase(part.charAt(0))) {
        break;
      }
      pkg.append(pkg.isEmpty() ? "" : ".").append(part);
    }
    return pkg.toString();
  }
}
