package org.db3311.sgc.core.evaluation;

class InMemoryPublishedFigureStoreTest extends PublishedFigureStoreContract {
  @Override
  protected PublishedFigureStore newStore() {
    return new InMemoryPublishedFigureStore();
  }
}
