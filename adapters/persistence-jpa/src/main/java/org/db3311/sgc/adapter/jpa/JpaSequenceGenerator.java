package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.db3311.sgc.core.common.SequenceGenerator;

/**
 * Counters in table {@code sequence_counter}, one row per scope, taken in the caller's unit of
 * work: the number commits with the matter it numbers, so a rolled-back use case gives its number
 * back and a committed one has it for good — never a number given twice, and no gap. The counter
 * row stays locked until the unit ends, so two registrations of one county and day take their
 * numbers one after the other (the rest of their work runs side by side). Outside a unit a number
 * is taken in a transaction of its own.
 *
 * <p>One statement a number on PostgreSQL ({@code insert … on conflict do update … returning}); on
 * H2 an update read through {@code final table}, then an insert for a new scope.
 */
public final class JpaSequenceGenerator implements SequenceGenerator {

  private static final String POSTGRES_NEXT =
      "insert into sequence_counter (scope, counter_value) values (?, 1) on conflict (scope) do"
          + " update set counter_value = sequence_counter.counter_value + 1 returning counter_value";
  private static final String PORTABLE_NEXT =
      "select counter_value from final table (update sequence_counter set counter_value ="
          + " counter_value + 1 where scope = ?)";
  private static final String PORTABLE_FIRST =
      "insert into sequence_counter (scope, counter_value) values (?, 1)";

  private final JpaUnitOfWork unitOfWork;

  JpaSequenceGenerator(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public long next(String scope) {
    if (scope == null || scope.isBlank()) {
      throw new IllegalArgumentException("a sequence scope is required");
    }
    return unitOfWork.withConnection(
        c -> {
          try {
            return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                ? single(c, POSTGRES_NEXT, scope)
                : portable(c, scope);
          } catch (SQLException e) {
            throw new IllegalStateException("cannot take the next number of " + scope, e);
          }
        });
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

  /** The counter after the statement, 0 when it found no row. */
  private static long single(Connection c, String sql, String scope) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, scope);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
