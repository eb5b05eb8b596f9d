package org.db3311.sgc.adapter.jpa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The two databases every adapter of this module is tested on: H2 in file mode (the embedded
 * default) and the local PostgreSQL server (127.0.0.1:5432, database {@code test}, trust auth;
 * override with SGC_TEST_PG_URL / SGC_TEST_PG_USER). Each test class gets a schema or a directory
 * of its own, removed afterwards, so runs never collide.
 */
enum TestStores {
  H2,
  POSTGRES;

  static final String PG_URL =
      Optional.ofNullable(System.getenv("SGC_TEST_PG_URL"))
          .orElse("jdbc:postgresql://127.0.0.1:5432/test");

  /** The applicant key secret of the PostgreSQL test stores (H2 ones generate their own). */
  static final String SECRET = "test-applicant-key-secret-0123456789abcdef";

  static final String PG_USER =
      Optional.ofNullable(System.getenv("SGC_TEST_PG_USER")).orElse("postgres");

  /** Settings for a fresh place named after {@code owner} (a test class). */
  JpaSettings settingsFor(Class<?> owner) {
    String name =
        ("t_" + owner.getSimpleName() + "_" + Long.toHexString(System.nanoTime()))
            .toLowerCase(Locale.ROOT);
    return switch (this) {
      case H2 -> {
        try {
          yield JpaSettings.embedded(Files.createTempDirectory("sgc-" + name));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      case POSTGRES ->
          new JpaSettings(PG_URL, PG_USER, Optional.empty(), 4, Optional.of(name), SECRET);
    };
  }

  /** Removes what {@link #settingsFor} made: the schema, or the H2 files. */
  static void dispose(JpaSettings settings) {
    if (settings.url().startsWith("jdbc:postgresql:")) {
      try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), null);
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + settings.schema().orElseThrow() + " cascade");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop the test schema", e);
      }
    } else {
      String file = settings.url().substring("jdbc:h2:file:".length()).split(";")[0];
      Path dir = Path.of(file).getParent();
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new IllegalStateException("cannot remove the test database", e);
      }
    }
  }
}
