package org.db3311.sgc.core.followup;

class InMemoryFollowUpRepositoryTest extends FollowUpRepositoryContract {
  @Override
  protected FollowUpRepository newRepository() {
    return new InMemoryFollowUpRepository();
  }
}
