package org.db3311.sgc.adapter.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresBookingDayRaceTest extends BookingDayRaceContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresBookingDayRaceTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected JpaStore store() {
    return fixture.store;
  }
}
