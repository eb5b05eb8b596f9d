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
 * {@link SmsCallbackApiTest} again on PostgreSQL (127.0.0.1:5432, database {@code test}), each
 * county (the inspection tenant's too) in a schema of its own under this class's prefix, dropped
 * afterwards.
 */
@HelidonTest
@AddConfig(key = "sgc.db.url", value = "jdbc:postgresql://127.0.0.1:5432/test")
@AddConfig(key = "sgc.db.user", value = "postgres")
@AddConfig(key = "sgc.db.pool-size", value = "3")
@AddConfig(
    key = "sgc.db.applicant-key-secret",
    value = "test-applicant-key-secret-0123456789abcdef")
@AddConfig(key = "sgc.db.schema", value = SmsCallbackApiPostgresTest.PREFIX)
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.inspection.enabled", value = "true")
@AddConfig(key = "sgc.messaging.interval", value = "PT0S")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@AddConfig(key = "sgc.sms.endpoint", value = "http://127.0.0.1:" + SmsCallbackApiTest.PORT)
@AddConfig(key = "sgc.sms.access-key-id", value = SmsCallbackApiTest.KEY_ID)
@AddConfig(key = "sgc.sms.access-key-secret", value = SmsCallbackApiTest.SECRET)
@AddConfig(key = "sgc.sms.sign-name", value = "丽水市社会治理中心")
@AddConfig(key = "sgc.guidance.duty-mobile.331102001", value = "13905781234")
@DisplayName(
    "SMS callbacks: signed receipts and survey replies, notices with their delivery state"
        + " (PostgreSQL)")
class SmsCallbackApiPostgresTest extends SmsCallbackApiTest {

  static final String PREFIX = "http_sms_callback_api";

  /** Not the parent's directory (see {@link PostgresRuns#dataDir}). */
  @AddConfigSource
  static ConfigSource dataDir() {
    return PostgresRuns.dataDir("target/test-data/sms-callback-postgres");
  }

  @AfterAll
  static void dropSchemas() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
        Statement s = c.createStatement()) {
      for (String county : new String[] {"331102", "331121", "331199"}) {
        s.execute("drop schema if exists " + PREFIX + "_county_" + county + " cascade");
      }
    }
  }
}
