package org.db3311.sgc.core.reception;

class InMemoryReceptionRepositoryTest extends ReceptionRepositoryContract {
  @Override
  protected ReceptionRepository newRepository() {
    return new InMemoryReceptionRepository();
  }
}
