package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.db3311.sgc.core.common.SequenceGenerator;

/**
 * Counters in table {@code sequence_counter}, one row per scope. Like a database sequence, a number
 * is taken in a transaction of its own: a use case that rolls back leaves a gap, never a number
 * given twice, and no use case waits on another's counter row for longer than one statement.
 */
public final class JpaSequenceGenerator implements SequenceGenerator {

  private final DataSource dataSource;

  JpaSequenceGenerator(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public long next(String scope) {
    if (scope == null || scope.isBlank()) {
      throw new IllegalArgumentException("a sequence scope is required");
    }
    for (int attempt = 0; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          long value = increment(c, scope);
          c.commit();
          return value;
        } catch (SQLException e) {
          c.rollback();
          // Two first takers of a new scope both insert; the loser retries as an update.
          if (attempt < 3 && isDuplicateKey(e)) {
            continue;
          }
          throw e;
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot take the next number of " + scope, e);
      }
    }
  }

  private static long increment(Connection c, String scope) throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement(
            "update sequence_counter set counter_value = counter_value + 1 where scope = ?")) {
      up.setString(1, scope);
      if (up.executeUpdate() == 0) {
        try (PreparedStatement ins =
            c.prepareStatement(
                "insert into sequence_counter (scope, counter_value) values (?, 1)")) {
          ins.setString(1, scope);
          ins.executeUpdate();
          return 1;
        }
      }
    }
    try (PreparedStatement q =
        c.prepareStatement("select counter_value from sequence_counter where scope = ?")) {
      q.setString(1, scope);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }
}
