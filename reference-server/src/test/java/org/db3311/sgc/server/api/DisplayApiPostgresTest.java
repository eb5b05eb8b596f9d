package org.db3311.sgc.server.api;

import io.helidon.microprofile.testing.AddConfigSource;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;

/**
 * {@link DisplayApiTest} again on PostgreSQL (127.0.0.1:5432, database {@code test}): queue numbers
 * come from the county's database, so they are drawn there too; each county in a schema of its own
 * under this class's prefix, dropped afterwards.
 */
@HelidonTest
@AddConfig(key = "sgc.db.url", value = "jdbc:postgresql://127.0.0.1:5432/test")
@AddConfig(key = "sgc.db.user", value = "postgres")
@AddConfig(key = "sgc.db.pool-size", value = "3")
@AddConfig(
    key = "sgc.db.applicant-key-secret",
    value = "test-applicant-key-secret-0123456789abcdef")
@AddConfig(key = "sgc.db.schema", value = DisplayApiPostgresTest.PREFIX)
@AddConfig(key = "sgc.counties", value = "331102,331121,331122,331123")
@DisplayName("REST API: queue numbers, window calls and the display pages (PostgreSQL)")
class DisplayApiPostgresTest extends DisplayApiTest {

  static final String PREFIX = "http_display_api";

  /** Not the parent's directory (see {@link PostgresRuns#dataDir}). */
  @AddConfigSource
  static ConfigSource dataDir() {
    return PostgresRuns.dataDir("target/test-data/display-api-postgres");
  }

  @AfterAll
  static void dropSchemas() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
        Statement s = c.createStatement()) {
      for (String county : new String[] {"331102", "331121", "331122", "331123"}) {
        s.execute("drop schema if exists " + PREFIX + "_county_" + county + " cascade");
      }
    }
  }
}
