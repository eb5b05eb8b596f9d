package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Time-limited leases on named jobs in table {@code scheduler_lease}, so that of several server
 * instances on one database exactly one runs a scheduled job at a time. A lease is taken by one
 * conditional statement (free, expired, or already ours), so two instances can never both hold it;
 * a crashed holder's lease lapses after its time.
 */
public final class JpaLeases {

  private final DataSource dataSource;

  public JpaLeases(JpaStore store) {
    this.dataSource = Objects.requireNonNull(store, "store").dataSource();
  }

  /**
   * Takes or renews the lease on {@code job} for {@code holder} until {@code now + ttl}.
   *
   * @return whether {@code holder} holds the lease now
   */
  public boolean tryAcquire(String job, String holder, Duration ttl, Instant now) {
    if (job == null || job.isBlank() || holder == null || holder.isBlank()) {
      throw new IllegalArgumentException("a lease names its job and its holder");
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a lease lasts some time");
    }
    Timestamp until = Timestamp.from(now.plus(ttl));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement update =
          c.prepareStatement(
              "update scheduler_lease set holder = ?, held_until = ?"
                  + " where job = ? and (held_until < ? or holder = ?)")) {
        update.setString(1, holder);
        update.setTimestamp(2, until);
        update.setString(3, job);
        update.setTimestamp(4, Timestamp.from(now));
        update.setString(5, holder);
        if (update.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into scheduler_lease (job, holder, held_until) values (?, ?, ?)")) {
        insert.setString(1, job);
        insert.setString(2, holder);
        insert.setTimestamp(3, until);
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (Rows.isUniqueViolation(e)) {
          return false; // held by another instance
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the lease on " + job, e);
    }
  }

  /** Gives the lease up early (at shutdown), if {@code holder} holds it. */
  public void release(String job, String holder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("delete from scheduler_lease where job = ? and holder = ?")) {
      c.setAutoCommit(true);
      ps.setString(1, job);
      ps.setString(2, holder);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release the lease on " + job, e);
    }
  }
}
