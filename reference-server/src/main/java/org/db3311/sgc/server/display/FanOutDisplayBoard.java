package org.db3311.sgc.server.display;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;

/**
 * Shows each call on every board in turn. A board that throws is logged and its failure kept for
 * the health check; the other boards still show the call and the caller (the window calling the
 * next number) never sees the failure: a screen that is down must not stop the queue.
 */
final class FanOutDisplayBoard implements DisplayBoard {

  private static final Logger LOG = Logger.getLogger(FanOutDisplayBoard.class.getName());

  /** One board and the name the health check gives it. */
  record Named(String name, DisplayBoard board) {
    Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(board, "board");
    }
  }

  private final List<Named> boards;
  private final Clock clock;
  private final Map<String, String> failures = new ConcurrentHashMap<>();

  FanOutDisplayBoard(List<Named> boards, Clock clock) {
    this.boards = List.copyOf(boards);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void show(QueueCall call) {
    for (Named n : boards) {
      try {
        n.board().show(call);
        failures.remove(n.name());
      } catch (RuntimeException e) {
        String why =
            clock.instant()
                + " "
                + call.ticket().number()
                + " to window "
                + call.window()
                + ": "
                + e;
        failures.put(n.name(), why);
        LOG.log(Level.WARNING, "display board " + n.name() + " failed to show " + why, e);
      }
    }
  }

  /** The last failure of the named board, unless it has shown a call since. */
  Optional<String> failure(String name) {
    return Optional.ofNullable(failures.get(name));
  }
}
