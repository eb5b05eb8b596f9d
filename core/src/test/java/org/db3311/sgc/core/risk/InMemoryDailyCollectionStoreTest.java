package org.db3311.sgc.core.risk;

class InMemoryDailyCollectionStoreTest extends DailyCollectionStoreContract {
  @Override
  protected DailyCollectionStore newStore() {
    return new InMemoryDailyCollectionStore();
  }
}
