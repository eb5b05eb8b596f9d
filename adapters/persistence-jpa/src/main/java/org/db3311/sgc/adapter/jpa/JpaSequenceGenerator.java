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
 *
 * <p>The transaction of its own is one auto-committed statement, so a number costs one round trip:
 * on PostgreSQL {@code insert … on conflict do update … returning}; elsewhere (H2) an update read
 * through {@code final table}, then an insert for a new scope. Before, an update, a select and a
 * commit (README, "Benchmarks").
 *
 * <p>On PostgreSQL that transaction commits without waiting for its WAL to reach the disk ({@code
 * synchronous_commit} off for it alone, by {@code set_config(…, true)}): a registration then waits
 * for one flush, its own, instead of two. No number can be given twice by it: WAL is flushed in
 * order, so the commit of whatever stores the number — written later — flushes the counter's change
 * with it; a crash before that commit loses the counter's step and the number together, and nothing
 * holds that number yet. Like a database sequence, the step may be lost and the number given again
 * after a crash only when nothing was stored under it.
 */
public final class JpaSequenceGenerator implements SequenceGenerator {

  /**
   * A row source of one row whose making turns the WAL flush off for the current transaction alone
   * (PostgreSQL): an auto-committed {@code insert … select … from} it commits without waiting.
   */
  static final String WITHOUT_FLUSH =
      "(select set_config('synchronous_commit', 'off', true)) commit_without_flush";

  private static final String POSTGRES_NEXT =
      "insert into sequence_counter (scope, counter_value) select ?, 1 from "
          + WITHOUT_FLUSH
          + " on conflict (scope) do update set counter_value = sequence_counter.counter_value + 1"
          + " returning counter_value";
  private static final String PORTABLE_NEXT =
      "select counter_value from final table (update sequence_counter set counter_value ="
          + " counter_value + 1 where scope = ?)";
  private static final String PORTABLE_FIRST =
      "insert into sequence_counter (scope, counter_value) values (?, 1)";

  private final DataSource dataSource;
  private volatile Boolean postgres;

  JpaSequenceGenerator(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public long next(String scope) {
    if (scope == null || scope.isBlank()) {
      throw new IllegalArgumentException("a sequence scope is required");
    }
    try (Connection c = dataSource.getConnection()) {
      // the pool hands connections out in auto-commit: each statement commits on its own
      return isPostgres(c) ? single(c, POSTGRES_NEXT, scope) : portable(c, scope);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the next number of " + scope, e);
    }
  }

  private boolean isPostgres(Connection c) throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      known = Databases.isPostgres(c);
      postgres = known;
    }
    return known;
  }

  private static long portable(Connection c, String scope) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      long value = single(c, PORTABLE_NEXT, scope);
      if (value > 0) {
        return value;
      }
      try (PreparedStatement ins = c.prepareStatement(PORTABLE_FIRST)) {
        ins.setString(1, scope);
        ins.executeUpdate();
        return 1;
      } catch (SQLException e) {
        // two first takers of a new scope both insert: the loser counts on as an update
        if (attempt >= 3 || e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
          throw e;
        }
      }
    }
  }

  /** The counter after one statement, or 0 when the statement found no row of the scope. */
  private static long single(Connection c, String sql, String scope) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, scope);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
