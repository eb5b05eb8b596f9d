package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.risk.DailyCollectionStore;
import org.db3311.sgc.core.risk.DailyCollectionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresDailyCollectionStoreTest extends DailyCollectionStoreContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresDailyCollectionStoreTest.class);
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
