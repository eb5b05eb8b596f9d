package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.warning.WarningRepository;
import org.db3311.sgc.core.warning.WarningRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresWarningRepositoryTest extends WarningRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresWarningRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected WarningRepository newRepository() {
    return new JpaWarningRepository(fixture.store);
  }
}
