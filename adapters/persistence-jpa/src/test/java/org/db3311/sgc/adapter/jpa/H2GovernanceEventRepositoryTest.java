package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.eventhandling.GovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.GovernanceEventRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2GovernanceEventRepositoryTest extends GovernanceEventRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2GovernanceEventRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected GovernanceEventRepository newRepository() {
    return new JpaGovernanceEventRepository(fixture.store);
  }
}
