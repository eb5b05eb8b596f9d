package org.db3311.sgc.core.evaluation.improvement;

class InMemoryRecheckBoardTest extends RecheckBoardContract {
  @Override
  protected RecheckBoard newBoard() {
    return new InMemoryRecheckBoard();
  }
}
