package org.db3311.sgc.adapter.jpa;

/** One open store for a test class, on one of the {@link TestStores}; closed and removed after. */
final class StoreFixture implements AutoCloseable {

  final JpaSettings settings;
  final JpaStore store;

  StoreFixture(TestStores database, Class<?> owner) {
    this.settings = database.settingsFor(owner);
    this.store = JpaStore.open(settings);
  }

  /** Empties a table between tests that need a fresh port. */
  void clear(String table) {
    store.unitOfWork().with(em -> em.createNativeQuery("delete from " + table).executeUpdate());
  }

  @Override
  public void close() {
    try {
      store.close();
    } finally {
      TestStores.dispose(settings);
    }
  }
}
