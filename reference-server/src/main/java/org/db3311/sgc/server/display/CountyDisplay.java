package org.db3311.sgc.server.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.db3311.sgc.adapter.sse.SseDisplayBoard;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;
import org.db3311.sgc.core.intake.QueueTicket;
import org.db3311.sgc.core.intake.WindowQueue;

/**
 * One county's hall: its queue (7.2.1.3: 按序叫号), the windows of its center profile, and the boards
 * each call is shown on — the window states the API reads, the SSE feed of the display pages, and
 * the MQTT screens when a broker is configured (5.3.5).
 *
 * <p>The numbers come from the county's store (they never repeat within a day, restart or not); the
 * waiting line itself is the core's {@link WindowQueue}, in memory: one server instance per hall,
 * and a restart forgets who was waiting.
 */
@Implements({"5.3.5", "7.2.1.3"})
public final class CountyDisplay implements AutoCloseable {

  static final String FEED = "sse";
  static final String SCREENS = "mqtt";

  private final DivisionCode county;
  private final Hall hall;
  private final WindowStates states = new WindowStates();
  private final SseDisplayBoard feed;
  private final Optional<MqttScreens> screens;
  private final FanOutDisplayBoard board;
  private final Supplier<WindowQueue> makeQueue;
  private WindowQueue queue; // guarded by this

  /**
   * @param queue makes the county's queue on the given board, at the first ticket
   */
  CountyDisplay(
      DivisionCode county,
      Hall hall,
      SseDisplayBoard feed,
      Optional<MqttScreens> screens,
      java.time.Clock clock,
      java.util.function.Function<DisplayBoard, WindowQueue> queue) {
    this.county = Objects.requireNonNull(county, "county");
    this.hall = Objects.requireNonNull(hall, "hall");
    this.feed = Objects.requireNonNull(feed, "feed");
    this.screens = Objects.requireNonNull(screens, "screens");
    List<FanOutDisplayBoard.Named> boards = new ArrayList<>();
    boards.add(new FanOutDisplayBoard.Named("state", states));
    boards.add(new FanOutDisplayBoard.Named(FEED, feed));
    screens.ifPresent(s -> boards.add(new FanOutDisplayBoard.Named(SCREENS, s)));
    this.board = new FanOutDisplayBoard(boards, clock);
    this.makeQueue = () -> queue.apply(board);
  }

  public DivisionCode county() {
    return county;
  }

  public Hall hall() {
    return hall;
  }

  /** The SSE feed the display pages subscribe to. */
  public SseDisplayBoard feed() {
    return feed;
  }

  /** The hall's queue, made at its first use. */
  synchronized WindowQueue queue() {
    if (queue == null) {
      queue = makeQueue.get();
    }
    return queue;
  }

  /** Issues the next number of the day. */
  public QueueTicket take() {
    return queue().take();
  }

  /** The tickets waiting, longest-waiting first. */
  public List<QueueTicket> waiting() {
    return queue().waiting();
  }

  /**
   * Calls the longest-waiting ticket to the window, after {@code precondition} has accepted the
   * window's current state; one call at a time per hall, so two calls never race on one state.
   */
  public synchronized Optional<QueueCall> call(String window, Runnable precondition) {
    precondition.run();
    return queue().callNext(window);
  }

  /** The number last called to the window. */
  public Optional<QueueCall> latest(String window) {
    return states.latest(window);
  }

  /** The window with the label, if the hall has it. */
  public Optional<ServiceWindow> window(String label) {
    return hall.window(label);
  }

  /** Each board's state for the health check: name → (up, detail). */
  List<BoardHealth> health() {
    List<BoardHealth> out = new ArrayList<>();
    out.add(
        new BoardHealth(
            FEED,
            board.failure(FEED).isEmpty(),
            feed.subscribers()
                + " display pages attached"
                + board.failure(FEED).map(f -> "; last failure: " + f).orElse("")));
    screens.ifPresent(
        s -> {
          MqttScreens.Health h = s.health();
          out.add(
              new BoardHealth(
                  SCREENS,
                  h.up() && board.failure(SCREENS).isEmpty(),
                  h.detail() + board.failure(SCREENS).map(f -> "; last failure: " + f).orElse("")));
        });
    return out;
  }

  /** One board's health. */
  public record BoardHealth(String board, boolean up, String detail) {}

  @Override
  public void close() {
    screens.ifPresent(MqttScreens::close);
    feed.close();
  }
}
