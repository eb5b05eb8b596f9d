package org.db3311.sgc.core.evaluation.improvement;

class InMemoryCorrectiveActionRepositoryTest extends CorrectiveActionRepositoryContract {
  @Override
  protected CorrectiveActionRepository newRepository() {
    return new InMemoryCorrectiveActionRepository();
  }
}
