package org.db3311.sgc.core.epidemic;

class InMemoryEpidemicCaseRepositoryTest extends EpidemicCaseRepositoryContract {
  @Override
  protected EpidemicCaseRepository newRepository() {
    return new InMemoryEpidemicCaseRepository();
  }
}
