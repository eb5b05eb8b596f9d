package org.db3311.sgc.core.common;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The relay of the embedded default, where no message broker runs: it delivers the events of the
 * {@link Outbox} to subscribers in the same process with the guarantees of a broker relay. Each
 * pass {@linkplain Outbox#claim claims} a batch under the relay's name, delivers it in append order
 * (so in order within each aggregate), and marks an event published only once every subscriber has
 * taken it. Each subscriber gets an event once in effect: its deliveries are recorded in {@link
 * ProcessedEvents} under the subscriber's name, so an event delivered again (after a crash between
 * delivery and marking, or when another subscriber failed) is dropped for those that had it.
 *
 * <p>An event a subscriber fails on is reported in the pass's result and stays unpublished; the
 * later events of its aggregate wait for it (their order is kept), the others go on. Call {@link
 * #relay} from the embedding's scheduler, or {@link #drain} to relay everything there is.
 */
public final class InProcessOutboxRelay implements OutboxRelay {

  private final Outbox outbox;
  private final UnitOfWork unitOfWork;
  private final ProcessedEvents processed;
  private final String name;
  private final Clock clock;
  private final Duration lease;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

  private record Subscriber(String name, Consumer<IntegrationEvent> consumer) {}

  /**
   * @param name the relay's name, unique per process that shares the outbox (a restarted process
   *     under the same name resumes its claims)
   * @param lease how long a claim holds before another relay may take the events over
   */
  public InProcessOutboxRelay(
      Outbox outbox,
      UnitOfWork unitOfWork,
      ProcessedEvents processed,
      String name,
      Clock clock,
      Duration lease) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.processed = Objects.requireNonNull(processed, "processed");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a relay needs a name");
    }
    this.name = name;
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a relay's lease must be positive, not " + lease);
    }
    this.lease = lease;
  }

  /**
   * Delivers every event published from now on to {@code consumer}, which runs in a unit of work of
   * its own per event; {@code subscriber} names it for deduplication and must stay the same across
   * restarts.
   */
  public void subscribe(String subscriber, Consumer<IntegrationEvent> consumer) {
    if (subscriber == null || subscriber.isBlank() || subscriber.contains("@")) {
      throw new IllegalArgumentException("a subscriber needs a name without '@': " + subscriber);
    }
    Objects.requireNonNull(consumer, "consumer");
    if (subscribers.stream().anyMatch(s -> s.name().equals(subscriber))) {
      throw new IllegalArgumentException("a subscriber named " + subscriber + " exists already");
    }
    subscribers.add(new Subscriber(subscriber, consumer));
  }

  /**
   * One pass: claims at most {@code limit} events and delivers them.
   *
   * @return the events marked published in this pass, and the events that failed (unreadable in the
   *     outbox, or refused by a subscriber)
   */
  @Override
  public SweepResult<IntegrationEvent> relay(int limit) {
    SweepResult<IntegrationEvent> claim = outbox.claim(name, limit, clock.instant(), lease);
    List<ItemFailure> failed = new ArrayList<>(claim.failed());
    Set<String> waiting = new HashSet<>();
    List<IntegrationEvent> delivered = new ArrayList<>();
    List<String> released = new ArrayList<>();
    for (IntegrationEvent e : claim.items()) {
      String aggregate = e.aggregateType() + "/" + e.aggregateId();
      if (waiting.contains(aggregate)) {
        released.add(e.eventId());
        continue;
      }
      try {
        deliver(e);
        outbox.markPublished(List.of(e.eventId()));
        delivered.add(e);
      } catch (RuntimeException failure) {
        failed.add(ItemFailure.of(e.eventId(), failure));
        waiting.add(aggregate);
        released.add(e.eventId());
      }
    }
    if (!released.isEmpty()) {
      outbox.release(name, released);
    }
    return new SweepResult<>(delivered, failed);
  }

  /**
   * Passes of {@code batch} events until a pass finds nothing more to deliver.
   *
   * @return every event delivered and every failure met
   */
  @Override
  public SweepResult<IntegrationEvent> drain(int batch) {
    List<IntegrationEvent> delivered = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    while (true) {
      SweepResult<IntegrationEvent> pass = relay(batch);
      delivered.addAll(pass.items());
      failed.addAll(pass.failed());
      if (pass.items().isEmpty()) {
        return new SweepResult<>(delivered, failed);
      }
    }
  }

  private void deliver(IntegrationEvent e) {
    for (Subscriber s : subscribers) {
      String key = s.name() + "@" + e.eventId();
      if (!processed.contains(key)) {
        unitOfWork.run(() -> s.consumer().accept(e));
        processed.record(key);
      }
    }
  }
}
