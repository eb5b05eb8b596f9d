package org.db3311.sgc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The legal side of a release, checked by the build: the project's licence is Apache 2.0, every
 * published module's POM (as published: flattened) declares it, needs no parent and no BOM, and
 * every data file a jar ships has its licence or notice beside it. A vendor's legal review reads
 * exactly these.
 */
class LicenceTest {

  private static final Path ROOT = ProjectClasses.root();

  /** File types that are data rather than code or configuration. */
  private static final Set<String> DATA_EXTENSIONS = Set.of("json", "csv", "tsv", "txt", "xml");

  @Test
  @DisplayName(
      "LICENSE is the Apache License 2.0 and NOTICE names the third-party data and the standard")
  void licence_and_notice() throws IOException {
    String licence = Files.readString(ROOT.resolve("LICENSE"));
    assertThat(licence).contains("Apache License", "Version 2.0, January 2004");
    assertThat(licence).contains("END OF TERMS AND CONDITIONS");
    String notice = Files.readString(ROOT.resolve("NOTICE"));
    assertThat(notice)
        .contains("Apache License, Version 2.0")
        .contains("holiday-cn", "MIT License")
        .contains("division codes", "National Bureau of Statistics")
        .contains("DB3311-standard.zh.txt", "NOT", "covered by this project's licence");
  }

  @Test
  @DisplayName("every published module's POM declares Apache-2.0 and needs no parent and no BOM")
  void published_poms_are_self_contained() throws IOException {
    List<String> checked = new ArrayList<>();
    for (ProjectClasses.Module m : ProjectClasses.modules()) {
      Path pom = ROOT.resolve(m.dir()).resolve("pom.xml");
      String source = Files.readString(pom);
      if (source.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        continue; // not published (the reference server)
      }
      Path flattened = ROOT.resolve(m.dir()).resolve("target/flattened-pom.xml");
      assertThat(flattened)
          .as(
              "%s is missing: run the whole build (bin/test) so every module is flattened",
              flattened)
          .exists();
      String published = Files.readString(flattened);
      assertThat(published)
          .as(m.dir() + " as published")
          .contains("<licenses>", "<name>Apache-2.0</name>")
          .doesNotContain("<parent>", "<dependencyManagement>", "<repositories>", "${");
      for (String dependency : blocks(published, "dependency")) {
        assertThat(dependency)
            .as(m.dir() + ": every dependency has its version")
            .contains("<version>");
        assertThat(dependency)
            .as(m.dir() + ": no test dependency is published")
            .doesNotContain("<scope>test</scope>");
      }
      checked.add(m.dir());
    }
    assertThat(checked)
        .contains("core", "conformance-tests")
        .anyMatch(d -> d.startsWith("adapters/"));
  }

  @Test
  @DisplayName("core's published POM has no dependencies at all")
  void core_pom_has_no_dependencies() throws IOException {
    String published = Files.readString(ROOT.resolve("core/target/flattened-pom.xml"));
    assertThat(published).doesNotContain("<dependency>");
  }

  @Test
  @DisplayName("every module's jar carries LICENSE and NOTICE")
  void jars_carry_the_licence() {
    for (ProjectClasses.Module m : ProjectClasses.modules()) {
      Path metaInf = ProjectClasses.mainClasses(m).resolve("META-INF");
      assertThat(metaInf.resolve("LICENSE")).as(m.dir()).exists();
      assertThat(metaInf.resolve("NOTICE")).as(m.dir()).exists();
    }
  }

  @Test
  @DisplayName("every shipped data file has a LICENSE or NOTICE beside it (its directory or above)")
  void data_files_have_their_licence_beside_them() throws IOException {
    List<Path> unlicensed = new ArrayList<>();
    int data = 0;
    for (ProjectClasses.Module m : ProjectClasses.modules()) {
      Path resources = ROOT.resolve(m.dir()).resolve("src/main/resources");
      if (!Files.isDirectory(resources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(resources)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          if (!isData(f) || f.startsWith(resources.resolve("META-INF"))) {
            continue;
          }
          data++;
          if (!hasLicenceBeside(f, resources)) {
            unlicensed.add(ROOT.relativize(f));
          }
        }
      }
    }
    assertThat(data).as("data files found").isGreaterThan(10);
    assertThat(unlicensed).as("data files with no LICENSE or NOTICE beside them").isEmpty();
  }

  @Test
  @DisplayName("the licence check sees a data file without a licence (check of the check)")
  void the_check_notices_a_missing_licence() throws IOException {
    Path resources = Files.createTempDirectory("resources");
    Path file = Files.createDirectories(resources.resolve("org/example/data")).resolve("x.csv");
    Files.writeString(file, "a,b\n");
    assertThat(hasLicenceBeside(file, resources)).isFalse();
    Files.writeString(file.resolveSibling("LICENSE"), "MIT\n");
    assertThat(hasLicenceBeside(file, resources)).isTrue();
  }

  private static boolean isData(Path f) {
    String name = f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && DATA_EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static boolean hasLicenceBeside(Path file, Path resources) throws IOException {
    for (Path dir = file.getParent();
        dir != null && dir.startsWith(resources);
        dir = dir.getParent()) {
      try (Stream<Path> siblings = Files.list(dir)) {
        if (siblings
            .map(p -> p.getFileName().toString())
            .anyMatch(n -> n.startsWith("LICENSE") || n.startsWith("NOTICE"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> blocks(String xml, String element) {
    List<String> result = new ArrayList<>();
    Matcher m =
        Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(xml);
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }
}
