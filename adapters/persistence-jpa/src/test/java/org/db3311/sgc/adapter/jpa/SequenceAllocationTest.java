package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Migration V32 ({@link SequenceAllocation}) on both databases: EclipseLink reads a value {@code v}
 * of a sequence as the block {@code (v - 50, v]}, so the first block after the migration must lie
 * above every position handed out before it (none of a fresh sequence, or some already taken), and
 * below 1 never.
 */
class SequenceAllocationTest {

  @ParameterizedTest(name = "{0}, {1} positions taken before")
  @CsvSource({"h2, 0", "h2, 3", "postgres, 0", "postgres, 3"})
  void the_first_block_after_the_migration_lies_above_every_position_taken(
      String database, int taken) throws Exception {
    String schema = "t_seqalloc_" + Long.toHexString(System.nanoTime());
    boolean postgres = database.equals("postgres");
    try (Connection c =
        postgres
            ? DriverManager.getConnection(TestStores.PG_URL, TestStores.PG_USER, null)
            : DriverManager.getConnection("jdbc:h2:mem:" + schema)) {
      try (Statement s = c.createStatement()) {
        if (postgres) {
          s.execute("create schema " + schema);
          c.setSchema(schema);
        }
        long last = 0;
        for (String sequence : SequenceAllocation.SEQUENCES) {
          s.execute("create sequence " + sequence + " start with 1 increment by 1");
          for (int i = 0; i < taken; i++) {
            last = next(s, sequence, postgres);
          }
        }
        new SequenceAllocation().migrate(context(c));
        for (String sequence : SequenceAllocation.SEQUENCES) {
          long v = next(s, sequence, postgres);
          long lowest = v - SequenceAllocation.ALLOCATION + 1;
          assertThat(lowest).as(sequence).isGreaterThan(last).isGreaterThanOrEqualTo(1);
          assertThat(next(s, sequence, postgres) - v)
              .as("each value a block of its own")
              .isEqualTo(SequenceAllocation.ALLOCATION);
        }
      } finally {
        if (postgres) {
          try (Statement s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
          }
        }
      }
    }
  }

  private static long next(Statement s, String sequence, boolean postgres) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            postgres
                ? "select nextval('" + sequence + "')"
                : "select next value for " + sequence.toUpperCase(Locale.ROOT))) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Context context(Connection c) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return c;
      }
    };
  }
}
