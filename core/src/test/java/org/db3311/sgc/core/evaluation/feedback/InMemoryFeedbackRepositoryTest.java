package org.db3311.sgc.core.evaluation.feedback;

class InMemoryFeedbackRepositoryTest extends FeedbackRepositoryContract {
  @Override
  protected FeedbackRepository newRepository() {
    return new InMemoryFeedbackRepository();
  }
}
