package org.db3311.sgc.core.supervision;

class InMemorySupervisionFileRepositoryTest extends SupervisionFileRepositoryContract {
  @Override
  protected SupervisionFileRepository newRepository() {
    return new InMemorySupervisionFileRepository();
  }
}
