package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresMatterRepositoryTest extends MatterRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresMatterRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected MatterRepository newRepository() {
    return new JpaMatterRepository(fixture.store);
  }
}
