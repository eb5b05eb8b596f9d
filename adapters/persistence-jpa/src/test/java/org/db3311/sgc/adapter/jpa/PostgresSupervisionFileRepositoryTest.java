package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.supervision.SupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionFileRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresSupervisionFileRepositoryTest extends SupervisionFileRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresSupervisionFileRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected SupervisionFileRepository newRepository() {
    return new JpaSupervisionFileRepository(fixture.store);
  }
}
