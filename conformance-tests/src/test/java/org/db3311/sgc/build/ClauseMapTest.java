package org.db3311.sgc.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.Verification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Builds the clause map (clause → implementing code → tests → conformance checks) from the {@link
 * Implements} annotations in every module's compiled classes, writes it to {@code
 * docs/clause-map.md} and {@code docs/clause-map.json}, and fails on any annotation naming a clause
 * the catalog does not hold.
 */
@DisplayName("Clause map")
class ClauseMapTest {

  private static final String IMPLEMENTS = Implements.class.getName();

  /** One {@code @Implements} occurrence: which ids, where, and what kind of code. */
  record Trace(String where, Role role, List<String> ids) {}

  enum Role {
    CODE,
    TEST,
    CONFORMANCE_CHECK
  }

  private static List<Trace> traces;
  private static final ClauseCatalog CATALOG = ClauseCatalog.standard();

  @BeforeAll
  static void collect() {
    traces = new ArrayList<>();
    for (JavaClass c : ProjectClasses.all()) {
      Role role = roleOf(c);
      annotationIds(c.getAnnotations()).ifPresent(ids -> traces.add(new Trace(name(c), role, ids)));
      for (JavaMember m : c.getMembers()) {
        annotationIds(m.getAnnotations())
            .ifPresent(ids -> traces.add(new Trace(name(c) + "#" + m.getName(), role, ids)));
      }
    }
  }

  private static Role roleOf(JavaClass c) {
    if (ProjectClasses.isTest(c)) {
      return Role.TEST;
    }
    return ProjectClasses.moduleOf(c)
        .filter(m -> m.kind() == ProjectClasses.Kind.CONFORMANCE)
        .map(m -> Role.CONFORMANCE_CHECK)
        .orElse(Role.CODE);
  }

  private static String name(JavaClass c) {
    String module = ProjectClasses.moduleOf(c).map(ProjectClasses.Module::dir).orElse("?");
    return module + ":" + c.getName().replace("org.db3311.sgc.", "");
  }

  private static java.util.Optional<List<String>> annotationIds(
      Set<? extends JavaAnnotation<?>> annotations) {
    return annotations.stream()
        .filter(a -> a.getRawType().getName().equals(IMPLEMENTS))
        .findFirst()
        .map(a -> List.of((String[]) a.get("value").orElse(new String[0])));
  }

  @Test
  @DisplayName("every @Implements names a clause or ruling of the catalog")
  void every_annotation_names_a_known_clause() {
    List<String> unknown = new ArrayList<>();
    for (Trace t : traces) {
      for (String id : t.ids()) {
        if (!CATALOG.contains(id)) {
          unknown.add(t.where() + " names unknown clause '" + id + "'");
        }
      }
      if (t.ids().isEmpty()) {
        unknown.add(t.where() + " has an empty @Implements");
      }
    }
    assertThat(unknown).as("annotations naming no catalog entry").isEmpty();
  }

  @Test
  @DisplayName("the clause map is generated into docs/")
  void writes_the_clause_map() throws IOException {
    SortedMap<ClauseId, Map<Role, SortedSet<String>>> map = new TreeMap<>();
    for (Trace t : traces) {
      for (String id : t.ids()) {
        if (CATALOG.contains(id)) {
          map.computeIfAbsent(ClauseId.of(id), k -> new TreeMap<>())
              .computeIfAbsent(t.role(), k -> new TreeSet<>())
              .add(t.where());
        }
      }
    }
    Path docs = ProjectClasses.root().resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("clause-map.md"), markdown(map), StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("clause-map.json"), json(map), StandardCharsets.UTF_8);
    assertThat(docs.resolve("clause-map.md")).exists().isNotEmptyFile();
    assertThat(Files.readString(docs.resolve("clause-map.json"))).contains("\"clauses\"");
  }

  static List<Clause> unimplementedShall(SortedMap<ClauseId, Map<Role, SortedSet<String>>> map) {
    return CATALOG.where(
        c ->
            !c.isRuling()
                && c.level().isMandatory()
                && !map.getOrDefault(c.id(), Map.of()).containsKey(Role.CODE));
  }

  private static boolean softwareVerifiable(Clause c) {
    return c.verification() == Verification.SOFTWARE_RULE
        || c.verification() == Verification.WORKFLOW_BEHAVIOUR;
  }

  private static String markdown(SortedMap<ClauseId, Map<Role, SortedSet<String>>> map) {
    StringBuilder md = new StringBuilder();
    md.append("# Clause map\n\n")
        .append("Generated by the build (`conformance-tests`: `ClauseMapTest`) from the ")
        .append("`@Implements` annotations in every module. Do not edit by hand.\n\n");
    List<Clause> open = unimplementedShall(map);
    long openSoftware = open.stream().filter(ClauseMapTest::softwareVerifiable).count();
    long mandatory = CATALOG.where(c -> !c.isRuling() && c.level().isMandatory()).size();
    md.append("- Catalog entries: ")
        .append(CATALOG.size())
        .append("; SHALL/SHALL NOT clauses: ")
        .append(mandatory)
        .append("; of which implemented in code: ")
        .append(mandatory - open.size())
        .append("\n- SHALL clauses still without implementation: ")
        .append(open.size())
        .append(" (software-verifiable: ")
        .append(openSoftware)
        .append(")\n\n");
    md.append("## Traced clauses and rulings\n\n")
        .append(
            "| clause | level | verification | implemented by | tested by | conformance check |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Map.Entry<ClauseId, Map<Role, SortedSet<String>>> e : map.entrySet()) {
      Clause c = CATALOG.get(e.getKey().value());
      md.append("| ")
          .append(c.id())
          .append(" | ")
          .append(level(c))
          .append(" | ")
          .append(c.verification())
          .append(" | ")
          .append(cell(e.getValue().get(Role.CODE)))
          .append(" | ")
          .append(cell(e.getValue().get(Role.TEST)))
          .append(" | ")
          .append(cell(e.getValue().get(Role.CONFORMANCE_CHECK)))
          .append(" |\n");
    }
    md.append("\n## SHALL clauses without an implementation yet\n\n")
        .append("| clause | verification | summary |\n|---|---|---|\n");
    for (Clause c : open) {
      md.append("| ")
          .append(c.id())
          .append(" | ")
          .append(c.verification())
          .append(softwareVerifiable(c) ? " (software)" : "")
          .append(" | ")
          .append(c.summaryEn().replace("|", "\\|").replace("\n", " "))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String level(Clause c) {
    return c.isRuling() ? "ruling" : c.level().name().replace('_', ' ');
  }

  private static String cell(SortedSet<String> names) {
    if (names == null || names.isEmpty()) {
      return "—";
    }
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining("<br>"));
  }

  private static String json(SortedMap<ClauseId, Map<Role, SortedSet<String>>> map) {
    StringBuilder j = new StringBuilder("{\n  \"clauses\": [\n");
    List<Clause> entries = CATALOG.all();
    for (int i = 0; i < entries.size(); i++) {
      Clause c = entries.get(i);
      Map<Role, SortedSet<String>> roles = map.getOrDefault(c.id(), Map.of());
      j.append("    {\"id\": ")
          .append(quote(c.id().value()))
          .append(", \"level\": ")
          .append(quote(c.isRuling() ? "RULING" : c.level().name()))
          .append(", \"verification\": ")
          .append(quote(c.verification().name()))
          .append(", \"implementedBy\": ")
          .append(array(roles.get(Role.CODE)))
          .append(", \"testedBy\": ")
          .append(array(roles.get(Role.TEST)))
          .append(", \"conformanceChecks\": ")
          .append(array(roles.get(Role.CONFORMANCE_CHECK)))
          .append("}")
          .append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    j.append("  ],\n  \"unimplementedShall\": ")
        .append(array(unimplementedShall(map).stream().map(c -> c.id().value()).toList()))
        .append("\n}\n");
    return j.toString();
  }

  private static String array(java.util.Collection<String> items) {
    if (items == null) {
      return "[]";
    }
    return items.stream().map(ClauseMapTest::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
