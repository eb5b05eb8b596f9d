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
 * {@link CenterRecordsApiTest} again on PostgreSQL (127.0.0.1:5432, database {@code test}), each
 * county in a schema of its own under this class's prefix, dropped afterwards.
 */
@HelidonTest
@AddConfig(key = "sgc.db.url", value = "jdbc:postgresql://127.0.0.1:5432/test")
@AddConfig(key = "sgc.db.user", value = "postgres")
@AddConfig(key = "sgc.db.pool-size", value = "3")
@AddConfig(
    key = "sgc.db.applicant-key-secret",
    value = "test-applicant-key-secret-0123456789abcdef")
@AddConfig(key = "sgc.db.schema", value = CenterRecordsApiPostgresTest.PREFIX)
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: training and drills, missed risk reports, staff evaluation (PostgreSQL)")
class CenterRecordsApiPostgresTest extends CenterRecordsApiTest {

  static final String PREFIX = "http_center_records_api";

  /** Not the parent's directory (see {@link PostgresRuns#dataDir}). */
  @AddConfigSource
  static ConfigSource dataDir() {
    return PostgresRuns.dataDir("target/test-data/center-records-api-postgres");
  }

  @AfterAll
  static void dropSchemas() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
        Statement s = c.createStatement()) {
      for (String county : new String[] {"331102", "331121"}) {
        s.execute("drop schema if exists " + PREFIX + "_county_" + county + " cascade");
      }
    }
  }
}
