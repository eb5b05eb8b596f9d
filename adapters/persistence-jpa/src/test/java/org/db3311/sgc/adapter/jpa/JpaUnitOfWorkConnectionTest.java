package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A unit of work that writes an entity (flushed: the database transaction has begun) and then works
 * on the unit's connection — as a consumer recording a processed event after its change, or a reply
 * recorded after a registration — commits both. It once committed neither: the second begin nested
 * EclipseLink's transaction, and the unit's commit ended only the inner level.
 */
class JpaUnitOfWorkConnectionTest {

  private static final Instant NOW = Instant.parse("2027-01-01T00:30:00Z");
  private static final Map<TestStores, StoreFixture> FIXTURES = new EnumMap<>(TestStores.class);
  private static int numbers;

  @BeforeAll
  static void open() {
    for (TestStores db : TestStores.values()) {
      FIXTURES.put(db, new StoreFixture(db, JpaUnitOfWorkConnectionTest.class));
    }
  }

  @AfterAll
  static void close() {
    FIXTURES.values().forEach(StoreFixture::close);
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  void an_entity_write_then_connection_work_commit_together(TestStores db) {
    assertBothCommitted(db, true);
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  void connection_work_then_an_entity_write_commit_together(TestStores db) {
    assertBothCommitted(db, false);
  }

  /** A unit that saves a matter and records a processed event, in the order given, commits both. */
  private static void assertBothCommitted(TestStores db, boolean entityFirst) {
    JpaStore store = FIXTURES.get(db).store;
    JpaMatterRepository matters = new JpaMatterRepository(store);
    JpaProcessedEvents processed = new JpaProcessedEvents(store, Clock.fixed(NOW, ZoneOffset.UTC));
    Matter m =
        StoredMatters.labourDispute(
            new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2027, 1, 1), ++numbers),
            NOW);
    String event = "event-" + m.number();
    store
        .unitOfWork()
        .inTransaction(
            () -> {
              if (entityFirst) {
                matters.save(m);
                processed.record(event);
              } else {
                processed.record(event);
                matters.save(m);
              }
              return null;
            });
    assertThat(matters.find(m.number())).as("the entity").isPresent();
    assertThat(processed.contains(event)).as("the connection's row").isTrue();
  }
}
