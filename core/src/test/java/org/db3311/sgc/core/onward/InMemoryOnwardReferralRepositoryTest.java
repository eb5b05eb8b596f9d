package org.db3311.sgc.core.onward;

class InMemoryOnwardReferralRepositoryTest extends OnwardReferralRepositoryContract {

  @Override
  protected OnwardReferralRepository newRepository() {
    return new InMemoryOnwardReferralRepository();
  }
}
