package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
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
    JpaStore store = FIXTURES.get(db).store;
    JpaMatterRepository matters = new JpaMatterRepository(store);
    JpaProcessedEvents processed = new JpaProcessedEvents(store, Clock.fixed(NOW, ZoneOffset.UTC));
    Matter m = matter();
    store
        .unitOfWork()
        .inTransaction(
            () -> {
              matters.save(m);
              processed.record("event-" + m.number());
              return null;
            });
    assertThat(matters.find(m.number())).as("the entity").isPresent();
    assertThat(processed.contains("event-" + m.number())).as("the connection's row").isTrue();
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  void connection_work_then_an_entity_write_commit_together(TestStores db) {
    JpaStore store = FIXTURES.get(db).store;
    JpaMatterRepository matters = new JpaMatterRepository(store);
    JpaProcessedEvents processed = new JpaProcessedEvents(store, Clock.fixed(NOW, ZoneOffset.UTC));
    Matter m = matter();
    store
        .unitOfWork()
        .inTransaction(
            () -> {
              processed.record("event-" + m.number());
              matters.save(m);
              return null;
            });
    assertThat(matters.find(m.number())).as("the entity").isPresent();
    assertThat(processed.contains("event-" + m.number())).as("the connection's row").isTrue();
  }

  private static Matter matter() {
    return Matter.register(
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2027, 1, 1), ++numbers),
        IntakeFixtures.windowRegistration(
            IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
        CategoryTaxonomy.defaults().get("dispute.labour"),
        List.of(),
        IntakeFixtures.CLERK,
        NOW);
  }
}
