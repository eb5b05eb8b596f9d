package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.TestEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL schema, each preallocating audit and outbox positions in blocks of
 * {@link SequenceAllocation#ALLOCATION} (migration V32): positions never collide, and an aggregate
 * whose events the two servers appended is still read and claimed in the order of its sequence —
 * the outbox's promise that whoever publishes an aggregate's events publishes them in their order.
 */
class PostgresPositionBlocksTest {

  private static final Instant T = Instant.parse("2026-12-04T08:00:00Z");
  private static StoreFixture first;
  private static JpaStore second;

  @BeforeAll
  static void open() {
    first = new StoreFixture(TestStores.POSTGRES, PostgresPositionBlocksTest.class);
    second = JpaStore.open(first.settings);
  }

  @AfterAll
  static void close() {
    second.close();
    first.close();
  }

  private static TestEvent step(String id, String action, int minute) {
    return new TestEvent(id, action, T.plusSeconds(60L * minute));
  }

  private static void append(JpaStore store, TestEvent step, long sequence) {
    store
        .unitOfWork()
        .run(
            () -> {
              store.auditTrail().append(AuditEntry.of(step));
              store.outbox().append(List.of(IntegrationEvent.of(step, sequence)));
            });
  }

  private static long position(String table, String aggregateId, String action) throws Exception {
    try (Connection c =
            DriverManager.getConnection(first.settings.url(), first.settings.user(), null);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select position from "
                    + first.settings.schema().orElseThrow()
                    + "."
                    + table
                    + " where aggregate_id = '"
                    + aggregateId
                    + "' and action = '"
                    + action
                    + "'")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  @DisplayName(
      "positions come in blocks per server, never twice; an aggregate's events are claimed in the"
          + " order of their sequence even when the later one has the lower position")
  void blocks_per_server_keep_each_aggregate_in_sequence_order() throws Exception {
    append(first.store, step("w-1", "OPEN", 0), 1); // the first server's block
    append(second, step("x-1", "OPEN", 1), 1); // the second server's block, above it
    append(first.store, step("x-1", "CLOSE", 2), 2); // back in the first server's block

    long open = position("outbox_event", "x-1", "OPEN");
    long close = position("outbox_event", "x-1", "CLOSE");
    long w = position("outbox_event", "w-1", "OPEN");
    assertThat(close).as("the later event has the lower position").isLessThan(open);
    assertThat(List.of(w, close, open)).doesNotHaveDuplicates();
    assertThat(open - w).isGreaterThanOrEqualTo(SequenceAllocation.ALLOCATION - 1);
    assertThat(position("audit_entry", "x-1", "CLOSE"))
        .isLessThan(position("audit_entry", "x-1", "OPEN"));

    List<String> order = List.of("Test/w-1/1", "Test/x-1/1", "Test/x-1/2");
    assertThat(first.store.outbox().unpublished(10))
        .extracting(IntegrationEvent::eventId)
        .containsExactlyElementsOf(order);
    // a claim leaves the later event out while its predecessor, at a higher position, is
    // unpublished; once that is published, the next claim takes it
    List<IntegrationEvent> claimed =
        second.outbox().claim("relay-2", 10, T.plusSeconds(600), Duration.ofMinutes(1)).items();
    assertThat(claimed)
        .extracting(IntegrationEvent::eventId)
        .containsExactly("Test/w-1/1", "Test/x-1/1");
    second.outbox().markPublished(claimed.stream().map(IntegrationEvent::eventId).toList());
    assertThat(
            second.outbox().claim("relay-2", 10, T.plusSeconds(600), Duration.ofMinutes(1)).items())
        .extracting(IntegrationEvent::eventId)
        .containsExactly("Test/x-1/2");
    assertThat(first.store.auditTrail().of("Test", "x-1"))
        .extracting(AuditEntry::action)
        .containsExactly("OPEN", "CLOSE");
  }

  @Test
  @DisplayName(
      "a relay claiming one event at a time is never stuck behind a later event whose predecessor"
          + " sits at a higher position: it gets the predecessor, then the later one")
  void a_small_claim_reaches_the_predecessor_at_a_higher_position() throws Exception {
    append(second, step("y-1", "OPEN", 10), 1); // the second server's block
    append(first.store, step("y-1", "CLOSE", 11), 2); // the first server's block, below it
    assertThat(position("outbox_event", "y-1", "CLOSE"))
        .isLessThan(position("outbox_event", "y-1", "OPEN"));
    // publish what the other test left, so only y-1's events are waiting
    first
        .store
        .outbox()
        .markPublished(
            first.store.outbox().unpublished(100).stream()
                .map(IntegrationEvent::eventId)
                .filter(id -> !id.startsWith("Test/y-1/"))
                .toList());

    Instant now = T.plusSeconds(3600);
    List<String> published = new java.util.ArrayList<>();
    for (int round = 0; round < 4 && published.size() < 2; round++) {
      List<IntegrationEvent> claimed =
          first.store.outbox().claim("relay-1", 1, now, Duration.ofMinutes(1)).items();
      assertThat(claimed).as("round %d is not stuck", round).hasSize(1);
      first.store.outbox().markPublished(List.of(claimed.getFirst().eventId()));
      published.add(claimed.getFirst().eventId());
    }
    assertThat(published).containsExactly("Test/y-1/1", "Test/y-1/2");
  }
}
