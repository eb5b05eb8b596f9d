package org.db3311.sgc.adapter.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.DisplayBoardContract;
import org.db3311.sgc.core.intake.QueueCall;
import org.junit.jupiter.api.AfterEach;

/** The port's contract, checked by what a page opened afterwards is replayed. */
class SseDisplayBoardTest extends DisplayBoardContract {

  private SseDisplayBoard board;

  @Override
  protected DisplayBoard newBoard() {
    board = new SseDisplayBoard(SseFeedTest.WINDOWS, 16);
    return board;
  }

  @Override
  protected void assertShowing(DisplayBoard shown, QueueCall call) {
    Probe page = Probe.eager();
    ((SseDisplayBoard) shown).subscribe(page);
    List<SseEvent> replay = page.next(SseFeedTest.WINDOWS.size());
    assertThat(replay)
        .filteredOn(e -> e.data().contains("\"window\":\"" + call.window() + "\""))
        .singleElement()
        .satisfies(e -> assertThat(e.data()).contains("\"announcement\":\"" + call.announcement()));
  }

  @AfterEach
  void close() {
    board.close();
  }
}
