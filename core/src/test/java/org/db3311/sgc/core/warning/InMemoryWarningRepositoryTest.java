package org.db3311.sgc.core.warning;

class InMemoryWarningRepositoryTest extends WarningRepositoryContract {
  @Override
  protected WarningRepository newRepository() {
    return new InMemoryWarningRepository();
  }
}
