package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.risk.DailyCollectionStore;
import org.db3311.sgc.core.risk.DailyCollectionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2DailyCollectionStoreTest extends DailyCollectionStoreContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2DailyCollectionStoreTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected DailyCollectionStore newStore() {
    return new JpaDailyCollectionStore(fixture.store);
  }
}
