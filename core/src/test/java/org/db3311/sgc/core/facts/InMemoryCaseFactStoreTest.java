package org.db3311.sgc.core.facts;

class InMemoryCaseFactStoreTest extends CaseFactStoreContract {
  @Override
  protected CaseFactStore newStore() {
    return new InMemoryCaseFactSource();
  }
}
