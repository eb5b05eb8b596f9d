package org.db3311.sgc.adapter.sse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A display page's end of the feed: records what it receives, requesting as told. */
final class Probe implements Flow.Subscriber<SseEvent> {

  final LinkedBlockingQueue<SseEvent> received = new LinkedBlockingQueue<>();
  final CompletableFuture<Throwable> error = new CompletableFuture<>();
  final CompletableFuture<Void> completed = new CompletableFuture<>();
  final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
  private final long initialRequest;
  private final CountDownLatch blockUntil;

  private Probe(long initialRequest, CountDownLatch blockUntil) {
    this.initialRequest = initialRequest;
    this.blockUntil = blockUntil;
  }

  /** Requests everything. */
  static Probe eager() {
    return new Probe(Long.MAX_VALUE, null);
  }

  /** Requests n and no more until told. */
  static Probe requesting(long n) {
    return new Probe(n, null);
  }

  /** Requests everything but hangs in its first onNext until the latch opens. */
  static Probe stuckUntil(CountDownLatch latch) {
    return new Probe(Long.MAX_VALUE, latch);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription.complete(s);
    if (initialRequest > 0) {
      s.request(initialRequest);
    }
  }

  @Override
  public void onNext(SseEvent item) {
    received.add(item);
    if (blockUntil != null) {
      try {
        blockUntil.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void onError(Throwable t) {
    error.complete(t);
  }

  @Override
  public void onComplete() {
    completed.complete(null);
  }

  /** Waits (up to 10 s each) for the next n events. */
  List<SseEvent> next(int n) {
    List<SseEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try {
        SseEvent e = received.poll(10, TimeUnit.SECONDS);
        if (e == null) {
          throw new AssertionError("received only " + out + " of " + n + " events");
        }
        out.add(e);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new AssertionError(ex);
      }
    }
    return out;
  }

  Throwable awaitError() {
    return error.orTimeout(10, TimeUnit.SECONDS).join();
  }

  void awaitCompletion() {
    completed.orTimeout(10, TimeUnit.SECONDS).join();
  }

  Flow.Subscription awaitSubscription() {
    return subscription.orTimeout(10, TimeUnit.SECONDS).join();
  }
}
