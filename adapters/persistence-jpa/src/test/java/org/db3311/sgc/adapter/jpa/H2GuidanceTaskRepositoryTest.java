package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.guidance.GuidanceTaskRepository;
import org.db3311.sgc.core.guidance.GuidanceTaskRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2GuidanceTaskRepositoryTest extends GuidanceTaskRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2GuidanceTaskRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected GuidanceTaskRepository newRepository() {
    return new JpaGuidanceTaskRepository(fixture.store);
  }
}
