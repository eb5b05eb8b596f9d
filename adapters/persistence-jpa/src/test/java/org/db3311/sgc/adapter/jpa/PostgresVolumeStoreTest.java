package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.archive.filing.VolumeStore;
import org.db3311.sgc.core.archive.filing.VolumeStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresVolumeStoreTest extends VolumeStoreContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresVolumeStoreTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected VolumeStore newStore() {
    return new JpaVolumeStore(fixture.store);
  }
}
