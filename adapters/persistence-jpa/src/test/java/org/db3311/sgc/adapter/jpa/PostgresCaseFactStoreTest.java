package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.facts.CaseFactStore;
import org.db3311.sgc.core.facts.CaseFactStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresCaseFactStoreTest extends CaseFactStoreContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresCaseFactStoreTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected CaseFactStore newStore() {
    return new JpaCaseFactStore(fixture.store);
  }
}
