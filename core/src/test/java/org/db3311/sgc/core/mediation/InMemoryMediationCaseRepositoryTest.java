package org.db3311.sgc.core.mediation;

class InMemoryMediationCaseRepositoryTest extends MediationCaseRepositoryContract {
  @Override
  protected MediationCaseRepository newRepository() {
    return new InMemoryMediationCaseRepository();
  }
}
