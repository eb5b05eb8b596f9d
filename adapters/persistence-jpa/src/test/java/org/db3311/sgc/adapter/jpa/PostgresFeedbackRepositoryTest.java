package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.evaluation.feedback.FeedbackRepository;
import org.db3311.sgc.core.evaluation.feedback.FeedbackRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresFeedbackRepositoryTest extends FeedbackRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresFeedbackRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected FeedbackRepository newRepository() {
    return new JpaFeedbackRepository(fixture.store);
  }
}
