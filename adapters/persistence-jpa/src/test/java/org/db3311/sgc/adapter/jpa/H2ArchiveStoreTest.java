package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.archive.ArchiveStore;
import org.db3311.sgc.core.archive.ArchiveStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2ArchiveStoreTest extends ArchiveStoreContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2ArchiveStoreTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected ArchiveStore newStore() {
    return new JpaArchiveStore(fixture.store);
  }
}
