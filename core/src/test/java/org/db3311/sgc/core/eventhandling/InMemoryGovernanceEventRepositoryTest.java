package org.db3311.sgc.core.eventhandling;

class InMemoryGovernanceEventRepositoryTest extends GovernanceEventRepositoryContract {
  @Override
  protected GovernanceEventRepository newRepository() {
    return new InMemoryGovernanceEventRepository();
  }
}
