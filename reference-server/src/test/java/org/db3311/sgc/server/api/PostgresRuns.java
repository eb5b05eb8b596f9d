package org.db3311.sgc.server.api;

import io.helidon.config.mp.MpConfigSources;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** What the {@code *PostgresTest} classes, each an H2 API test run again, share. */
final class PostgresRuns {

  private PostgresRuns() {}

  /**
   * The run's own {@code sgc.data-dir}. An {@code @AddConfig} on the subclass does not do:
   * Helidon's test extension reads the superclass's {@code @AddConfig} after the subclass's, so the
   * parent's directory would win and the two runs share it (the inspection tenant keeps its clock
   * there). A config source ranked above the annotations' does win.
   */
  static ConfigSource dataDir(String directory) {
    return MpConfigSources.create(
        "postgres-run-data-dir", Map.of("sgc.data-dir", directory, "config_ordinal", "2000"));
  }
}
