package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V32: the sequences of {@code audit_entry} and {@code outbox_event} step by {@link
 * #ALLOCATION}, so that each {@code nextval} hands a server a block of that many positions
 * (EclipseLink preallocation, {@code allocationSize} on the entities) instead of one.
 *
 * <p>EclipseLink reads a value {@code v} as the block {@code (v - ALLOCATION, v]}. After the
 * increment changes, one value is drawn and thrown away, so the first block handed out lies above
 * every position given before: on PostgreSQL the next value after {@code L} becomes {@code L + 50}
 * (its block would be {@code (L, L + 50]}, but a fresh sequence would answer {@code 1}), on H2 the
 * stored next value {@code L + 1} is answered first. Every value drawn afterwards is another
 * caller's, and blocks of values 50 apart never overlap: positions stay unique across any number of
 * servers, and across a server of the previous release still taking one value at a time.
 */
final class SequenceAllocation extends StoreMigration {

  /** Positions per {@code nextval}; the entities' {@code allocationSize} must be the same. */
  static final int ALLOCATION = 50;

  static final List<String> SEQUENCES = List.of("audit_position_seq", "outbox_position_seq");

  SequenceAllocation() {
    super("32", "audit and outbox positions preallocated by " + ALLOCATION, 32_050);
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    boolean postgres = Databases.isPostgres(c);
    try (Statement s = c.createStatement()) {
      for (String sequence : SEQUENCES) {
        s.execute("alter sequence " + sequence + " increment by " + ALLOCATION);
        String draw =
            postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        try (ResultSet r = s.executeQuery(draw)) {
          r.next();
        }
      }
    }
  }
}
