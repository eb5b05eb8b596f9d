package org.db3311.sgc.core.epidemic;

class InMemoryEpidemicCommandRepositoryTest extends EpidemicCommandRepositoryContract {
  @Override
  protected EpidemicCommandRepository newRepository() {
    return new InMemoryEpidemicCommandRepository();
  }
}
