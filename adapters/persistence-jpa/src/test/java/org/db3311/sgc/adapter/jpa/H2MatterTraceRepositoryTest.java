package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.casefacts.MatterTraceRepository;
import org.db3311.sgc.core.casefacts.MatterTraceRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2MatterTraceRepositoryTest extends MatterTraceRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2MatterTraceRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected MatterTraceRepository newRepository() {
    return new JpaMatterTraceRepository(fixture.store);
  }
}
