package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.db3311.sgc.core.GovernanceCenter;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What one registration through the use case sends to PostgreSQL (issue #10), read from
 * EclipseLink's SQL log as {@link RegistrationStatements} prints it: the audit and outbox positions
 * come from blocks (V32), not a {@code nextval} per row, and the outbox does not ask for the last
 * sequence of a matter its own unit has just inserted (a registration's events start at 1).
 */
class PostgresRegistrationRoundTripsTest {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresRegistrationRoundTripsTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  @DisplayName(
      "a registration sends neither a nextval per audit or outbox row nor the outbox's"
          + " last-sequence query for its new matter")
  void a_registration_takes_positions_from_blocks_and_skips_the_last_sequence_query() {
    JpaStore store = fixture.store;
    Server session = JpaHelper.getServerSession(store.factory());
    SessionLog before = session.getSessionLog();
    RegistrationRig.SqlLog log = new RegistrationRig.SqlLog();
    GovernanceCenter center = RegistrationRig.center(store);
    RegistrationRig.register(center, 0); // takes the first blocks
    int n = 20;
    try {
      session.setSessionLog(log);
      for (int i = 1; i <= n; i++) {
        RegistrationRig.register(center, i);
      }
    } finally {
      session.setSessionLog(before);
    }
    List<String> sql = log.statements().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();

    assertThat(sql).filteredOn(s -> s.contains("insert into outbox_event")).hasSize(n);
    assertThat(sql)
        .filteredOn(s -> s.contains("insert into audit_entry"))
        .hasSizeGreaterThanOrEqualTo(n);
    assertThat(sql)
        .as("the last sequence of a matter the unit inserted is known: 0")
        .noneMatch(s -> s.contains("max(") && s.contains("outbox_event"));
    long inserts = sql.stream().filter(s -> s.contains("insert into ")).count();
    assertThat(sql.stream().filter(s -> s.contains("nextval")).count())
        .as("one nextval per block of %d positions", SequenceAllocation.ALLOCATION)
        .isLessThanOrEqualTo(2 + inserts / SequenceAllocation.ALLOCATION);
  }
}
