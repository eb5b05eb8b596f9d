package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.epidemic.EpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.EpidemicCommandRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresEpidemicCommandRepositoryTest extends EpidemicCommandRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresEpidemicCommandRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected EpidemicCommandRepository newRepository() {
    // the command is one row: each test starts before the first switch
    fixture.clear("epidemic_command");
    return new JpaEpidemicCommandRepository(fixture.store);
  }
}
