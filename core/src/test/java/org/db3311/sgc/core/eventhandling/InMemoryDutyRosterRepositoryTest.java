package org.db3311.sgc.core.eventhandling;

class InMemoryDutyRosterRepositoryTest extends DutyRosterRepositoryContract {
  @Override
  protected DutyRosterRepository newRepository() {
    return new InMemoryDutyRosterRepository();
  }
}
