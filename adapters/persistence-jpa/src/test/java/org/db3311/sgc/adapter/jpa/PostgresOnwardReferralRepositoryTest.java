package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.onward.OnwardReferralRepository;
import org.db3311.sgc.core.onward.OnwardReferralRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresOnwardReferralRepositoryTest extends OnwardReferralRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresOnwardReferralRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected OnwardReferralRepository newRepository() {
    return new JpaOnwardReferralRepository(fixture.store);
  }
}
