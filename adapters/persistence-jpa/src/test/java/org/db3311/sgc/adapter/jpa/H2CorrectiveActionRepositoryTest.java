package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2CorrectiveActionRepositoryTest extends CorrectiveActionRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2CorrectiveActionRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected CorrectiveActionRepository newRepository() {
    return new JpaCorrectiveActionRepository(fixture.store);
  }
}
