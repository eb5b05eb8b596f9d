package org.db3311.sgc.core.guidance;

class InMemoryGuidanceTaskRepositoryTest extends GuidanceTaskRepositoryContract {
  @Override
  protected GuidanceTaskRepository newRepository() {
    return new InMemoryGuidanceTaskRepository();
  }
}
