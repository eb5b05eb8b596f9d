package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryDisplayBoardTest extends DisplayBoardContract {
  @Override
  protected DisplayBoard newBoard() {
    return new InMemoryDisplayBoard();
  }

  @Override
  protected void assertShowing(DisplayBoard board, QueueCall call) {
    assertThat(((InMemoryDisplayBoard) board).shown().getLast()).isEqualTo(call);
  }
}
