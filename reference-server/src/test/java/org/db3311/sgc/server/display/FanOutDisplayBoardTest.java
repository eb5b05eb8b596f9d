package org.db3311.sgc.server.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.db3311.sgc.core.intake.InMemoryDisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;
import org.db3311.sgc.core.intake.QueueTicket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Fan-out: one failing display board stops neither the others nor the call")
class FanOutDisplayBoardTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);

  static QueueCall call(String number, String window) {
    return new QueueCall(new QueueTicket(number, 7, CLOCK.instant()), window, CLOCK.instant());
  }

  @Test
  void a_board_that_throws_is_reported_and_the_next_board_still_shows_the_call() {
    InMemoryDisplayBoard after = new InMemoryDisplayBoard();
    boolean[] failing = {true};
    FanOutDisplayBoard fan =
        new FanOutDisplayBoard(
            List.of(
                new FanOutDisplayBoard.Named(
                    "mqtt",
                    c -> {
                      if (failing[0]) {
                        throw new IllegalStateException("broker away");
                      }
                    }),
                new FanOutDisplayBoard.Named("sse", after)),
            CLOCK);

    fan.show(call("A0007", "3"));
    assertThat(after.shown()).extracting(QueueCall::window).containsExactly("3");
    assertThat(fan.failure("mqtt")).get().asString().contains("A0007").contains("broker away");
    assertThat(fan.failure("sse")).isEmpty();

    failing[0] = false;
    fan.show(call("A0008", "3"));
    assertThat(fan.failure("mqtt")).as("a board that shows again is no longer failing").isEmpty();
  }
}
