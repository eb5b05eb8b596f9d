package org.db3311.sgc.adapter.sse;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;

/**
 * The window screens as a server-sent-events feed (no framework): the board keeps the latest state
 * of every window — its function (5.3.5) and the number last called to it (按序叫号, 7.2.1.3) — and
 * publishes each change through {@link Flow} to every subscriber, which a server writes to a
 * browser display page as {@code text/event-stream} ({@link SseEvent#text()}).
 *
 * <p><b>Events.</b> One event type, {@code window}, per change of a window; ids grow by one per
 * event. The data is one line of JSON in the same scheme as the MQTT screens: {@code
 * {"window":"3","function":"综合受理","number":"A0007","announcement":"请 A0007 号到 3
 * 号窗口","calledAt":"2026-12-31T16:00:05Z"}} — before a window's first call {@code number}, {@code
 * announcement} and {@code calledAt} are {@code null}; {@code function} is {@code null} for a
 * window the board was not told of.
 *
 * <p><b>Replay.</b> A new subscriber first receives the latest event of every window (oldest
 * first), so a page opened or reloaded shows the current state at once; one that gives the {@code
 * Last-Event-ID} its browser sent receives only the windows changed since. An id the board never
 * issued (the server restarted) replays everything.
 *
 * <p><b>Slow subscribers.</b> {@link #show} never waits for a subscriber: events are delivered on
 * an executor, as each subscriber requests them. A subscriber more than {@code buffer} events
 * behind is dropped with a {@link SlowSubscriberException}; its browser reconnects and is replayed
 * the latest state.
 */
@Implements({"5.3.5", "7.2.1.3"})
public final class SseDisplayBoard
    implements DisplayBoard, Flow.Publisher<SseEvent>, AutoCloseable {

  /** The event type of a window's state. */
  public static final String EVENT = "window";

  private final Map<String, String> functions = new LinkedHashMap<>();
  private final int buffer;
  private final Executor executor;
  private final ExecutorService owned;

  private final Object lock = new Object();
  private final Map<String, SseEvent> latest = new HashMap<>();
  private final Set<Subscription> subscriptions = new LinkedHashSet<>();
  private long lastId;
  private boolean closed;

  /**
   * A board delivering on virtual threads of its own.
   *
   * @param windows the hall's windows, whose functions the events carry
   * @param buffer how many events a subscriber may fall behind before it is dropped, 1–10,000
   */
  public SseDisplayBoard(List<ServiceWindow> windows, int buffer) {
    this(windows, buffer, null);
  }

  /**
   * A board delivering on the given executor.
   *
   * @param executor runs deliveries to subscribers; never the thread that calls {@link #show}
   */
  public SseDisplayBoard(List<ServiceWindow> windows, int buffer, Executor executor) {
    if (buffer < 1 || buffer > 10_000) {
      throw new IllegalArgumentException("sgc.display.sse.buffer must be 1–10000, not " + buffer);
    }
    this.buffer = buffer;
    if (executor == null) {
      this.owned = Executors.newVirtualThreadPerTaskExecutor();
      this.executor = owned;
    } else {
      this.owned = null;
      this.executor = executor;
    }
    for (ServiceWindow w : windows) {
      if (functions.putIfAbsent(w.label(), w.function()) != null) {
        throw new IllegalArgumentException("window " + w.label() + " is listed twice");
      }
      latest.put(w.label(), event(w.label(), Optional.empty()));
    }
  }

  /**
   * Reads {@code sgc.display.sse.buffer} (events a subscriber may fall behind, 1–10,000; default
   * 64) and builds a board on its own virtual threads.
   */
  public static SseDisplayBoard from(Properties properties, List<ServiceWindow> windows) {
    String v = properties.getProperty("sgc.display.sse.buffer", "64").trim();
    int buffer;
    try {
      buffer = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sgc.display.sse.buffer must be a number, not " + v, e);
    }
    return new SseDisplayBoard(windows, buffer);
  }

  /**
   * Keeps the call as its window's state and offers it to every subscriber, without waiting.
   *
   * @throws IllegalStateException when the board is closed
   */
  @Override
  public void show(QueueCall call) {
    Objects.requireNonNull(call, "call");
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the display board is closed");
      }
      SseEvent e = event(call.window(), Optional.of(call));
      latest.put(call.window(), e);
      for (Subscription s : List.copyOf(subscriptions)) {
        if (!s.offer(e)) {
          subscriptions.remove(s);
        }
      }
    }
  }

  /** Subscribes and replays the latest state of every window. */
  @Override
  public void subscribe(Flow.Subscriber<? super SseEvent> subscriber) {
    subscribe(subscriber, 0);
  }

  /**
   * Subscribes and replays the windows changed after {@code lastEventId} (a browser's {@code
   * Last-Event-ID}); all of them when the board never issued that id.
   */
  public void subscribe(Flow.Subscriber<? super SseEvent> subscriber, long lastEventId) {
    Objects.requireNonNull(subscriber, "subscriber");
    Subscription s = new Subscription(subscriber);
    boolean refused;
    synchronized (lock) {
      refused = closed;
      if (!refused) {
        long since = lastEventId > lastId ? 0 : lastEventId;
        latest.values().stream()
            .filter(e -> e.id() > since)
            .sorted(Comparator.comparingLong(SseEvent::id))
            .forEach(s.queue::add);
        subscriptions.add(s);
      }
    }
    if (refused) {
      // Flow rule 1.9: onSubscribe first, even to refuse; the board's threads are gone
      subscriber.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
          });
      subscriber.onError(new IllegalStateException("the display board is closed"));
      return;
    }
    s.schedule();
  }

  /** The latest event of every window, oldest first: the state a new page is shown. */
  public List<SseEvent> current() {
    synchronized (lock) {
      List<SseEvent> all = new ArrayList<>(latest.values());
      all.sort(Comparator.comparingLong(SseEvent::id));
      return all;
    }
  }

  /** How many subscribers are attached now. */
  public int subscribers() {
    synchronized (lock) {
      return subscriptions.size();
    }
  }

  /** Completes every subscriber and stops the board's own threads after their last delivery. */
  @Override
  public void close() {
    List<Subscription> all;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      all = new ArrayList<>(subscriptions);
      subscriptions.clear();
    }
    all.forEach(Subscription::complete);
    if (owned != null) {
      owned.shutdown();
    }
  }

  private SseEvent event(String window, Optional<QueueCall> call) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("window", window);
    String function = functions.get(window);
    if (function == null) {
      o.addNull("function");
    } else {
      o.add("function", function);
    }
    call.ifPresentOrElse(
        c ->
            o.add("number", c.ticket().number())
                .add("announcement", c.announcement())
                .add("calledAt", c.calledAt().toString()),
        () -> o.addNull("number").addNull("announcement").addNull("calledAt"));
    return new SseEvent(++lastId, EVENT, o.build().toString());
  }

  private void remove(Subscription s) {
    synchronized (lock) {
      subscriptions.remove(s);
    }
  }

  /**
   * One subscriber's queue and demand. Signals to the subscriber are serialized by a drain loop
   * that runs on the executor, one at a time per subscriber.
   */
  private final class Subscription implements Flow.Subscription, Runnable {

    private final Flow.Subscriber<? super SseEvent> subscriber;
    private final ArrayDeque<SseEvent> queue = new ArrayDeque<>();
    private final AtomicInteger work = new AtomicInteger();
    private long demand;
    private boolean done;
    private Throwable error;
    private boolean completing;
    private boolean started; // read and written by the drain loop only

    Subscription(Flow.Subscriber<? super SseEvent> subscriber) {
      this.subscriber = subscriber;
    }

    /** Queues the event; {@code false} when the subscriber is gone or is dropped for it. */
    boolean offer(SseEvent e) {
      boolean keep;
      synchronized (this) {
        if (done || error != null || completing) {
          return false;
        }
        if (queue.size() >= buffer) {
          queue.clear();
          error =
              new SlowSubscriberException(
                  "more than "
                      + buffer
                      + " display events behind: dropped; reconnect for the state");
          keep = false;
        } else {
          queue.add(e);
          keep = true;
        }
      }
      schedule();
      return keep;
    }

    void complete() {
      synchronized (this) {
        completing = true;
        queue.clear();
      }
      schedule();
    }

    @Override
    public void request(long n) {
      synchronized (this) {
        if (done) {
          return;
        }
        if (n <= 0) {
          queue.clear();
          error =
              new IllegalArgumentException("Flow rule 3.9: request a positive number, not " + n);
        } else {
          demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        }
      }
      schedule();
    }

    @Override
    public void cancel() {
      synchronized (this) {
        done = true;
        queue.clear();
      }
      remove(this);
    }

    void schedule() {
      if (work.getAndIncrement() == 0) {
        try {
          executor.execute(this);
        } catch (RejectedExecutionException e) {
          synchronized (this) {
            done = true;
            queue.clear();
          }
          remove(this);
        }
      }
    }

    @Override
    public void run() {
      int missed = 1;
      while (true) {
        if (!started) {
          started = true;
          subscriber.onSubscribe(this);
        }
        drain();
        missed = work.addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }

    private void drain() {
      while (true) {
        SseEvent next;
        Throwable failure = null;
        boolean finish = false;
        synchronized (this) {
          if (done) {
            return;
          }
          next = null;
          if (error != null) {
            failure = error;
            done = true;
          } else if (completing) {
            finish = true;
            done = true;
          } else if (demand > 0 && !queue.isEmpty()) {
            next = queue.poll();
            if (demand != Long.MAX_VALUE) {
              demand--;
            }
          } else {
            return;
          }
        }
        if (failure != null) {
          remove(this);
          subscriber.onError(failure);
          return;
        }
        if (finish) {
          subscriber.onComplete();
          return;
        }
        try {
          subscriber.onNext(next);
        } catch (RuntimeException e) {
          cancel(); // Flow rule 2.13: a subscriber that throws is treated as cancelled
          return;
        }
      }
    }
  }
}
