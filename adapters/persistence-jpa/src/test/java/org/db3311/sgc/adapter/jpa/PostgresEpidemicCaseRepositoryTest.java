package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.epidemic.EpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.EpidemicCaseRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresEpidemicCaseRepositoryTest extends EpidemicCaseRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresEpidemicCaseRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected EpidemicCaseRepository newRepository() {
    return new JpaEpidemicCaseRepository(fixture.store);
  }
}
