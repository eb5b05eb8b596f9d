package org.db3311.sgc.adapter.jpa;

import java.time.Clock;
import org.db3311.sgc.core.common.ProcessedEvents;
import org.db3311.sgc.core.common.ProcessedEventsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresProcessedEventsTest extends ProcessedEventsContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresProcessedEventsTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected ProcessedEvents newStore() {
    fixture.clear("processed_event");
    return new JpaProcessedEvents(fixture.store, Clock.systemUTC());
  }

  @Test
  void durable_and_atomic_with_the_unit_and_forgotten_after_retention() {
    ProcessedEventsChecks.check(fixture, this::newStore);
  }
}
