package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link DisplayBoard} adapter must do: accept calls in order without failing. */
public abstract class DisplayBoardContract {

  protected abstract DisplayBoard newBoard();

  /** Checks the board now shows the call (e.g. reads the device's current text). */
  protected abstract void assertShowing(DisplayBoard board, QueueCall call);

  @Test
  void the_latest_call_is_shown() {
    DisplayBoard board = newBoard();
    QueueCall a = new QueueCall(new QueueTicket("A0001", 1, Instant.EPOCH), "1", Instant.EPOCH);
    QueueCall b = new QueueCall(new QueueTicket("A0002", 2, Instant.EPOCH), "2", Instant.EPOCH);
    assertThatCode(() -> board.show(a)).doesNotThrowAnyException();
    board.show(b);
    assertShowing(board, b);
  }
}
