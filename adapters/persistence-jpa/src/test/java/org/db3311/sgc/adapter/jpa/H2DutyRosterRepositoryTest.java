package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.eventhandling.DutyRosterRepository;
import org.db3311.sgc.core.eventhandling.DutyRosterRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2DutyRosterRepositoryTest extends DutyRosterRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2DutyRosterRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected DutyRosterRepository newRepository() {
    // the contract plans the same month in every test, as if each repository were new
    fixture.clear("duty_roster");
    return new JpaDutyRosterRepository(fixture.store);
  }
}
