package org.db3311.sgc.core.emergency;

class InMemoryIncidentRepositoryTest extends IncidentRepositoryContract {
  @Override
  protected IncidentRepository newRepository() {
    return new InMemoryIncidentRepository();
  }
}
