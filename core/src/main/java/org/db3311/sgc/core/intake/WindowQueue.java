package org.db3311.sgc.core.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.SequenceGenerator;

/**
 * Queue calling at the intake windows (按序叫号): visitors take numbers, windows call the next one in
 * order, and the display board shows each call.
 */
@Implements("7.2.1.3")
public final class WindowQueue {

  private final DivisionCode county;
  private final String prefix;
  private final SequenceGenerator sequences;
  private final DisplayBoard board;
  private final Clock clock;
  private final Deque<QueueTicket> waiting = new ArrayDeque<>();

  /**
   * @param prefix the letter printed before ticket numbers, e.g. "A"
   */
  public WindowQueue(
      DivisionCode county,
      String prefix,
      SequenceGenerator sequences,
      DisplayBoard board,
      Clock clock) {
    this.county = Objects.requireNonNull(county, "county");
    if (prefix == null || !prefix.matches("[A-Z]")) {
      throw new IllegalArgumentException("a ticket prefix is one capital letter");
    }
    this.prefix = prefix;
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.board = Objects.requireNonNull(board, "board");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Issues the next number of the day. */
  public synchronized QueueTicket take() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    long seq = sequences.next("queue-" + prefix + "-" + RegistrationNumber.scope(county, today));
    QueueTicket t = new QueueTicket(prefix + "%04d".formatted(seq), seq, clock.instant());
    waiting.addLast(t);
    return t;
  }

  /** Calls the longest-waiting ticket to the window and shows it; empty when nobody waits. */
  public Optional<QueueCall> callNext(String window) {
    QueueCall call;
    synchronized (this) {
      QueueTicket next = waiting.pollFirst();
      if (next == null) {
        return Optional.empty();
      }
      call = new QueueCall(next, window, clock.instant());
    }
    board.show(call);
    return Optional.of(call);
  }

  public synchronized List<QueueTicket> waiting() {
    return List.copyOf(waiting);
  }
}
