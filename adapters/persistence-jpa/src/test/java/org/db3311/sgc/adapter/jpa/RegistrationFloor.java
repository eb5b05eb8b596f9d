package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;
import org.db3311.sgc.core.intake.Registration;

/**
 * The floor under any implementation of a registration on PostgreSQL: the rows one registration
 * stores through the use case (a number, the repeat-candidate read, the matter, its applicant key,
 * its outbox row and its audit entry), written by plain JDBC in the fewest round trips there can be
 * — the number in one auto-committed statement without its WAL flush, the candidates in one read,
 * and the four inserts in one auto-committed statement — with no domain, mapping or JPA work at
 * all. Its throughput bounds what tuning the adapter can reach: a registration that stores these
 * rows cannot be faster. A harness part, not a test ({@code bin/bench-persistence} prints it).
 */
public final class RegistrationFloor {

  private final JpaMatterRepository matters;
  private final Connection connection;
  private final String template;
  private final String document;
  private final String keyHash;
  private final long outboxTemplate;
  private final long auditTemplate;
  private final String county;
  private long next = 1_000_000_000_000L;

  private RegistrationFloor(JpaStore store, JpaSettings settings, String template)
      throws SQLException {
    this.matters = new JpaMatterRepository(store);
    this.template = template;
    this.connection =
        DriverManager.getConnection(
            settings.url()
                + "?currentSchema="
                + settings.schema().orElseThrow()
                + "&options=-c%20plan_cache_mode%3Dforce_custom_plan",
            settings.user(),
            settings.password().orElse(null));
    connection.setAutoCommit(true);
    try (PreparedStatement s =
        connection.prepareStatement(
            "select m.document, m.county, k.key_hash,"
                + " (select min(position) from outbox_event o where o.aggregate_id = ?),"
                + " (select min(position) from audit_entry a where a.aggregate_id = ?)"
                + " from matter m join matter_applicant_key k on k.registration_number ="
                + " m.registration_number where m.registration_number = ?")) {
      for (int i = 1; i <= 3; i++) {
        s.setString(i, template);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("no stored registration " + template);
        }
        document = r.getString(1);
        county = r.getString(2);
        keyHash = r.getString(3);
        outboxTemplate = r.getLong(4);
        auditTemplate = r.getLong(5);
      }
    }
  }

  /**
   * A floor over the store's schema, copying the rows of the registration stored under {@code
   * template} (a number registered through the use case).
   */
  public static RegistrationFloor over(JpaStore store, JpaSettings settings, String template)
      throws SQLException {
    return new RegistrationFloor(store, settings, template);
  }

  /**
   * Registers for {@code seconds} the registrations {@code registrations} gives (the same the
   * harness registers through the use case) in the given mode, answering registrations per second.
   */
  public double run(IntFunction<Registration> registrations, int seconds, Mode mode)
      throws SQLException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    int n = 0;
    boolean one = mode == Mode.ONE_STATEMENT;
    try (PreparedStatement number = connection.prepareStatement("insert " + NUMBER);
        PreparedStatement insert =
            connection.prepareStatement(
                one ? "with n as (insert " + NUMBER + "), " + INSERT.substring(5) : INSERT)) {
      while (System.nanoTime() < end) {
        Registration r = registrations.apply(n);
        Instant now = Instant.now();
        long position = next++;
        long seq = position;
        if (!one) {
          number.setString(1, "floor-" + county);
          try (ResultSet rs = number.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
          }
        }
        // in one statement the counter is stepped as the number would be, the number made here;
        // dates of their own keep the floor's numbers apart from the registrations'
        String registrationNumber =
            county + (one ? "-19990102-" : "-19990101-") + String.format("%04d", seq);
        if (mode == Mode.WITH_CANDIDATES) {
          candidates(r, now.minus(Duration.ofDays(90)));
        }
        int i = 1;
        if (one) {
          insert.setString(i++, "floor-" + county);
        }
        insert.setString(i++, registrationNumber);
        insert.setString(i++, r.categoryCode());
        insert.setString(i++, r.place().township().orElse(null));
        insert.setTimestamp(i++, Timestamp.from(now));
        insert.setString(i++, document);
        insert.setString(i++, template);
        insert.setString(i++, registrationNumber);
        insert.setString(i++, keyHash.substring(0, Math.min(keyHash.length(), 40)) + "-" + seq);
        insert.setLong(i++, position);
        insert.setString(i++, UUID.randomUUID().toString());
        insert.setString(i++, registrationNumber);
        insert.setLong(i++, outboxTemplate);
        insert.setLong(i++, position);
        insert.setString(i++, registrationNumber);
        insert.setLong(i++, auditTemplate);
        insert.executeUpdate();
        n++;
      }
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  /** The repeat-candidate read of the adapter, sent as it is, every row read. */
  private void candidates(Registration r, Instant since) throws SQLException {
    JpaMatterRepository.CandidateQuery q = matters.candidateQuery(r, since);
    if (q == null) {
      return;
    }
    JpaMatterSearch.Sql sql = QueryMeasurements.jdbcSql(q.sql(), q.parameters().toArray());
    try (PreparedStatement s = connection.prepareStatement(sql.text())) {
      for (int i = 0; i < sql.parameters().size(); i++) {
        s.setObject(i + 1, sql.parameters().get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Objects.requireNonNull(rs.getString(1));
        }
      }
    }
  }

  /** What {@link #run} sends for each registration. */
  public enum Mode {
    /** The number, the repeat-candidate read, the four rows: three round trips. */
    WITH_CANDIDATES,
    /** The number and the four rows: two round trips. */
    WRITES_ONLY,
    /** The counter's step and the four rows in one auto-committed statement: one round trip. */
    ONE_STATEMENT
  }

  /** The number's step as {@link JpaSequenceGenerator} takes it, after an {@code insert}. */
  private static final String NUMBER =
      "into sequence_counter (scope, counter_value) select ?, 1 from "
          + JpaSequenceGenerator.WITHOUT_FLUSH
          + " on conflict (scope) do update set counter_value ="
          + " sequence_counter.counter_value + 1 returning counter_value";

  private static final String INSERT =
      "with m as (insert into matter (registration_number, version, state, kind, channel,"
          + " category_code, county, township, registered_at, closed_at, source_system,"
          + " source_reference, document, township_code, number_order, lead_unit, next_deadline)"
          + " select ?, version, state, kind, channel, ?, county, ?, ?, closed_at, source_system,"
          + " source_reference, ?, township_code, number_order, lead_unit, next_deadline"
          + " from matter where registration_number = ?),"
          + " k as (insert into matter_applicant_key (registration_number, key_hash) values (?,"
          + " ?)),"
          + " o as (insert into outbox_event (position, event_id, type, schema_version,"
          + " aggregate_type, aggregate_id, sequence, occurred_at, action, from_state, to_state,"
          + " aggregate_version, published_at, claimed_by, claimed_until) select ?, ?, type,"
          + " schema_version, aggregate_type, ?, sequence, occurred_at, action, from_state,"
          + " to_state, aggregate_version, published_at, claimed_by, claimed_until from"
          + " outbox_event where position = ?)"
          + " insert into audit_entry (position, at, actor_id, actor_name, aggregate_type,"
          + " aggregate_id, action, from_state, to_state, detail) select ?, at, actor_id,"
          + " actor_name, aggregate_type, ?, action, from_state, to_state, detail from audit_entry"
          + " where position = ?";
}
