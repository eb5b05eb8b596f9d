package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.common.Outbox;
import org.db3311.sgc.core.common.OutboxContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresOutboxTest extends OutboxContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresOutboxTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected Outbox newOutbox() {
    fixture.clear("outbox_event");
    return fixture.store.outbox();
  }

  @Override
  protected void inUnitOfWork(Outbox outbox, Runnable work) {
    fixture.store.unitOfWork().run(work);
  }
}
