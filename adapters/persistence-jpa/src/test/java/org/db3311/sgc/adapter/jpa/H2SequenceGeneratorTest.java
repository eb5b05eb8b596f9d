package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.SequenceGeneratorContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2SequenceGeneratorTest extends SequenceGeneratorContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2SequenceGeneratorTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected SequenceGenerator newGenerator() {
    return fixture.store.sequences();
  }
}
