package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The replies a server gave to requests carrying an {@code Idempotency-Key}, in table {@code
 * http_idempotency}. A key is claimed before the request runs (so two concurrent retries cannot
 * both run it), completed with the reply afterwards, and released when the request failed, so the
 * client may try again.
 *
 * <p>A reply is best completed inside the unit of work of the request's own change ({@link
 * #complete} joins the current unit): the change and its reply are then stored together or not at
 * all, and with one commit. A claim, on PostgreSQL, commits without waiting for its own WAL flush
 * (as a number does, {@link JpaSequenceGenerator}): the commit of the request's change, written
 * later, flushes it; a crash before that loses only a claim whose request stored nothing.
 */
public final class JpaIdempotencyRecords {

  /** What a claim found. */
  public sealed interface Claim {
    /** The key is new: the caller runs the request and then completes or releases it. */
    record Claimed() implements Claim {}

    /** The same request ran before: this was its reply. */
    record Replay(int status, Optional<String> location, String body) implements Claim {}

    /** The same key came with a different request. */
    record Mismatch() implements Claim {}

    /** The first request with this key has not finished yet. */
    record InProgress() implements Claim {}
  }

  private static final String CLAIM =
      "insert into http_idempotency (principal, idem_key, request_hash, created_at)"
          + " values (?, ?, ?, ?)";
  private static final String POSTGRES_CLAIM =
      "insert into http_idempotency (principal, idem_key, request_hash, created_at)"
          + " select ?, ?, ?, ? from "
          + JpaSequenceGenerator.WITHOUT_FLUSH;

  private final DataSource dataSource;
  private final JpaUnitOfWork unitOfWork;
  private final boolean postgres;

  public JpaIdempotencyRecords(JpaStore store) {
    Objects.requireNonNull(store, "store");
    this.dataSource = store.dataSource();
    this.unitOfWork = store.unitOfWork();
    this.postgres = store.settings().url().startsWith("jdbc:postgresql:");
  }

  /** Claims {@code key} for {@code principal}'s request whose digest is {@code requestHash}. */
  public Claim claim(String principal, String key, String requestHash, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement insert = c.prepareStatement(postgres ? POSTGRES_CLAIM : CLAIM)) {
        insert.setString(1, principal);
        insert.setString(2, key);
        insert.setString(3, requestHash);
        insert.setTimestamp(4, Timestamp.from(now));
        insert.executeUpdate();
        return new Claim.Claimed();
      } catch (SQLException e) {
        if (!Rows.isUniqueViolation(e)) {
          throw e;
        }
      }
      try (PreparedStatement select =
          c.prepareStatement(
              "select request_hash, status, location, body from http_idempotency"
                  + " where principal = ? and idem_key = ?")) {
        select.setString(1, principal);
        select.setString(2, key);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            // released between our insert and this read: the client may simply retry
            return new Claim.InProgress();
          }
          if (!rs.getString(1).equals(requestHash)) {
            return new Claim.Mismatch();
          }
          int status = rs.getInt(2);
          if (rs.wasNull()) {
            return new Claim.InProgress();
          }
          return new Claim.Replay(status, Optional.ofNullable(rs.getString(3)), rs.getString(4));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the idempotency key", e);
    }
  }

  /**
   * Records the reply to a claimed key, in the current unit of work of the store when one is open
   * (so it commits or rolls back with the request's change), else in a unit of its own.
   */
  public void complete(String principal, String key, int status, String location, String body) {
    unitOfWork.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update http_idempotency set status = ?, location = ?, body = ?"
                      + " where principal = ? and idem_key = ?")) {
            ps.setInt(1, status);
            ps.setString(2, location);
            ps.setString(3, body);
            ps.setString(4, principal);
            ps.setString(5, key);
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("cannot record the idempotency key", e);
          }
        });
  }

  /** Forgets a claimed key whose request failed, so that a retry runs it. */
  public void release(String principal, String key) {
    update(
        "delete from http_idempotency where principal = ? and idem_key = ? and status is null",
        ps -> {
          ps.setString(1, principal);
          ps.setString(2, key);
        });
  }

  /** Deletes replies older than {@code before}; returns how many. */
  public int expire(Instant before) {
    int[] n = new int[1];
    update(
        "delete from http_idempotency where created_at < ?",
        ps -> ps.setTimestamp(1, Timestamp.from(before)),
        n);
    return n[0];
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void update(String sql, Binder binder) {
    update(sql, binder, new int[1]);
  }

  private void update(String sql, Binder binder, int[] count) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      c.setAutoCommit(true);
      binder.bind(ps);
      count[0] = ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the idempotency key", e);
    }
  }
}
