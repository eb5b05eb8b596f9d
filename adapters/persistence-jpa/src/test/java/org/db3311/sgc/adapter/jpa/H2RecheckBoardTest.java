package org.db3311.sgc.adapter.jpa;

import org.db3311.sgc.core.evaluation.improvement.RecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.RecheckBoardContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2RecheckBoardTest extends RecheckBoardContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2RecheckBoardTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected RecheckBoard newBoard() {
    return new JpaRecheckBoard(fixture.store);
  }
}
