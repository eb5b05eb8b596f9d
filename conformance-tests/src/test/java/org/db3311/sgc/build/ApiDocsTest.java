package org.db3311.sgc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API documentation of the published modules: every package has its package-info (the Javadoc
 * build itself fails on any error), and core's overview page starts from where a product starts.
 */
class ApiDocsTest {

  private static final Path ROOT = ProjectClasses.root();

  @Test
  @DisplayName("every package of a published module has a package-info.java")
  void every_published_package_is_documented() throws IOException {
    Set<String> undocumented = new TreeSet<>();
    int packages = 0;
    for (ProjectClasses.Module m : ProjectClasses.modules()) {
      if (m.kind() == ProjectClasses.Kind.SERVER) {
        continue; // not published
      }
      Path sources = ROOT.resolve(m.dir()).resolve("src/main/java");
      List<Path> dirs = new ArrayList<>();
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            // module-info.java is the module's declaration, documented on its own, not a package
            .filter(f -> !f.getFileName().toString().equals("module-info.java"))
            .map(Path::getParent)
            .distinct()
            .forEach(dirs::add);
      }
      for (Path dir : dirs) {
        packages++;
        if (!Files.exists(dir.resolve("package-info.java"))) {
          undocumented.add(ROOT.relativize(dir).toString());
        }
      }
    }
    assertThat(packages).isGreaterThan(30);
    assertThat(undocumented).as("packages without package-info.java").isEmpty();
  }

  @Test
  @DisplayName("core's Javadoc overview starts from the entry point and the clause catalog")
  void overview_starts_from_the_entry_point() throws IOException {
    String overview = Files.readString(ROOT.resolve("core/src/main/javadoc/overview.html"));
    assertThat(overview).contains("Where to start", "GovernanceCenter", "ClauseCatalog.standard()");
  }
}
