package org.db3311.sgc.core.casefacts;

class InMemoryMatterTraceRepositoryTest extends MatterTraceRepositoryContract {
  @Override
  protected MatterTraceRepository newRepository() {
    return new InMemoryMatterTraceRepository();
  }
}
