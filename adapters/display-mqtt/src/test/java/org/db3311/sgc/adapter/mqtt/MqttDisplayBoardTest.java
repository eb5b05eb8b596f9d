package org.db3311.sgc.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.DisplayBoardContract;
import org.db3311.sgc.core.intake.QueueCall;
import org.junit.jupiter.api.AfterEach;

/** The port's contract, checked by what a screen switched on afterwards shows. */
class MqttDisplayBoardTest extends DisplayBoardContract {

  private final Hall hall = new Hall();

  @Override
  protected DisplayBoard newBoard() {
    return hall.board();
  }

  @Override
  protected void assertShowing(DisplayBoard board, QueueCall call) {
    try (Screen screen = Screen.watching(hall.topic("window/" + call.window()))) {
      assertThat(
              screen
                  .awaitJson(
                      hall.topic("window/" + call.window()),
                      j ->
                          !j.isNull("number")
                              && j.getString("number").equals(call.ticket().number()))
                  .getString("announcement"))
          .isEqualTo(call.announcement());
    }
  }

  @AfterEach
  void clear() {
    hall.close();
  }
}
