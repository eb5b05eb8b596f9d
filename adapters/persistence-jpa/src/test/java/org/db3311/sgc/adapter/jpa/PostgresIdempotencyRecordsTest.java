package org.db3311.sgc.adapter.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresIdempotencyRecordsTest extends IdempotencyRecordsContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresIdempotencyRecordsTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected StoreFixture fixture() {
    return fixture;
  }
}
