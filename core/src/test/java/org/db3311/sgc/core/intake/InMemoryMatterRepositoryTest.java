package org.db3311.sgc.core.intake;

class InMemoryMatterRepositoryTest extends MatterRepositoryContract {
  @Override
  protected MatterRepository newRepository() {
    return new InMemoryMatterRepository();
  }
}
