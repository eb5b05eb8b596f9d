package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.reception.ReceptionRepository;
import org.db3311.sgc.core.reception.ReceptionRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2ReceptionRepositoryTest extends ReceptionRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2ReceptionRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected ReceptionRepository newRepository() {
    return new JpaReceptionRepository(fixture.store);
  }
}
