package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.evaluation.PublishedFigureStore;
import org.db3311.sgc.core.evaluation.PublishedFigureStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2PublishedFigureStoreTest extends PublishedFigureStoreContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2PublishedFigureStoreTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected PublishedFigureStore newStore() {
    return new JpaPublishedFigureStore(fixture.store);
  }
}
