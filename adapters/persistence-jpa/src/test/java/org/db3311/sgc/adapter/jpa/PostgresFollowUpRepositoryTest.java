package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.FollowUpRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresFollowUpRepositoryTest extends FollowUpRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresFollowUpRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected FollowUpRepository newRepository() {
    return new JpaFollowUpRepository(fixture.store);
  }
}
