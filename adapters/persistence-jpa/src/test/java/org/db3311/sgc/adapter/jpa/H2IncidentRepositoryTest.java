package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.emergency.IncidentRepository;
import org.db3311.sgc.core.emergency.IncidentRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2IncidentRepositoryTest extends IncidentRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2IncidentRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected IncidentRepository newRepository() {
    return new JpaIncidentRepository(fixture.store);
  }
}
