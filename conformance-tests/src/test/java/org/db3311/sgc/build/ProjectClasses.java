package org.db3311.sgc.build;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The compiled classes of every module of this repository, read from each module's {@code target}
 * directory. The conformance-tests module is built last, so by the time its tests run every other
 * module has been compiled and tested in the same reactor.
 */
final class ProjectClasses {

  /** A module's directory, relative to the repository root, with its kind. */
  record Module(String dir, Kind kind) {}

  enum Kind {
    CORE,
    ADAPTER,
    SERVER,
    CONFORMANCE
  }

  private static JavaClasses main;
  private static JavaClasses all;

  private ProjectClasses() {}

  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("core")) && Files.isDirectory(p.resolve("adapters"))) {
        return p;
      }
    }
    throw new IllegalStateException("repository root not found above " + here);
  }

  static List<Module> modules() {
    Path root = root();
    List<Module> modules = new ArrayList<>();
    modules.add(new Module("core", Kind.CORE));
    try (Stream<Path> adapters = Files.list(root.resolve("adapters"))) {
      adapters
          .filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
          .sorted()
          .forEach(p -> modules.add(new Module("adapters/" + p.getFileName(), Kind.ADAPTER)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    modules.add(new Module("reference-server", Kind.SERVER));
    modules.add(new Module("conformance-tests", Kind.CONFORMANCE));
    return modules;
  }

  static Path mainClasses(Module m) {
    return root().resolve(m.dir()).resolve("target/classes");
  }

  static Path testClasses(Module m) {
    return root().resolve(m.dir()).resolve("target/test-classes");
  }

  /** Production classes of every module; fails when a module has not been compiled. */
  static synchronized JavaClasses main() {
    if (main == null) {
      List<Path> paths = new ArrayList<>();
      for (Module m : modules()) {
        Path p = mainClasses(m);
        if (!Files.isDirectory(p)) {
          throw new IllegalStateException(
              p + " is missing: run the whole build (bin/test) so every module is compiled");
        }
        paths.add(p);
      }
      main = new ClassFileImporter().importPaths(paths);
    }
    return main;
  }

  /** Production and test classes of every module. */
  static synchronized JavaClasses all() {
    if (all == null) {
      List<Path> paths = new ArrayList<>();
      for (Module m : modules()) {
        paths.add(mainClasses(m));
        Path t = testClasses(m);
        if (Files.isDirectory(t)) {
          paths.add(t);
        }
      }
      all = new ClassFileImporter().importPaths(paths);
    }
    return all;
  }

  /** Whether a class was compiled from test sources. */
  static boolean isTest(JavaClass c) {
    return c.getSource()
        .map(s -> s.getUri().toString().contains("/target/test-classes/"))
        .orElse(false);
  }

  /** The module a class was compiled in, by its location. */
  static Optional<Module> moduleOf(JavaClass c) {
    String uri = c.getSource().map(s -> s.getUri().toString()).orElse("");
    return modules().stream().filter(m -> uri.contains("/" + m.dir() + "/target/")).findFirst();
  }
}
