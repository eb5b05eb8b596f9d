package org.db3311.sgc.server.display;

import io.helidon.common.context.Context;
import io.helidon.common.context.Contexts;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.db3311.sgc.adapter.sse.SseEvent;

/**
 * One open display page: receives the board's events as a {@link Flow.Subscriber} and writes them
 * to the page's {@code text/event-stream} on a virtual thread of its own, one at a time, asking the
 * board for the next only when one is written (so the board's buffer limit applies to a page that
 * cannot keep up). A comment is written when nothing happened for a while, so a dead connection is
 * noticed and a proxy does not close a quiet one.
 */
final class PageFeed implements Flow.Subscriber<SseEvent> {

  static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
  private static final int AHEAD = 8;
  private static final SseEvent END = new SseEvent(0, "end", "");

  private final SseEventSink sink;
  private final Sse sse;
  private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;

  private final Optional<Context> context;

  /**
   * @param context the request's Helidon context: the response filters that run at the first write
   *     (Helidon's security among them) need it on the writing thread
   */
  PageFeed(SseEventSink sink, Sse sse, Optional<Context> context) {
    this.sink = sink;
    this.sse = sse;
    this.context = context;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    Thread.ofVirtual()
        .name("sgc-display-page")
        .start(
            () -> context.ifPresentOrElse(c -> Contexts.runInContext(c, this::write), this::write));
    s.request(AHEAD);
  }

  @Override
  public void onNext(SseEvent event) {
    events.add(event);
  }

  @Override
  public void onError(Throwable error) {
    events.add(END); // the page's browser reconnects and is replayed the state
  }

  @Override
  public void onComplete() {
    events.add(END);
  }

  private void write() {
    try (sink) {
      while (!sink.isClosed()) {
        SseEvent e = events.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
        if (e == END) {
          return;
        }
        if (e == null) {
          sink.send(sse.newEventBuilder().comment("keep-alive").build())
              .toCompletableFuture()
              .join();
          continue;
        }
        sink.send(
                sse.newEventBuilder()
                    .id(Long.toString(e.id()))
                    .name(e.name())
                    .data(e.data())
                    .reconnectDelay(3000)
                    .build())
            .toCompletableFuture()
            .join();
        subscription.request(1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the page went away; its browser reconnects by itself when it comes back
    } finally {
      subscription.cancel();
    }
  }
}
