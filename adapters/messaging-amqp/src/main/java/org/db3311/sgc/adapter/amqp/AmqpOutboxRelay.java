package org.db3311.sgc.adapter.amqp;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.Outbox;
import org.db3311.sgc.core.common.OutboxRelay;
import org.db3311.sgc.core.common.SweepResult;

/**
 * Relays the {@link Outbox} to RabbitMQ. Each {@link #relay pass} claims a batch under the relay's
 * name (so relays of several server instances on one outbox never hold the same row), publishes it
 * in append order through an {@link AmqpEventPublisher} (routing key = event type, persistent,
 * publisher confirms) and marks the rows published only after the broker has confirmed them.
 *
 * <p>Delivery is at least once: a relay that stops between the confirms and the marking, or whose
 * lease runs out, leaves rows that are published again later; consumers drop them by event id
 * ({@link AmqpEventSubscriber}). Order within an aggregate is kept: a claim hands out an
 * aggregate's events only from its earliest unpublished one, and a row that fails (unreadable, not
 * serialisable) holds back the later rows of its aggregate while the others go on; the failure is
 * in the pass's result.
 *
 * <p>When the broker is unreachable a pass claims nothing and reports it; the next pass connects
 * again. Not thread-safe: run one pass at a time (e.g. from a single scheduled thread).
 */
public final class AmqpOutboxRelay implements OutboxRelay, AutoCloseable {

  /** The item named in a failure that concerns the broker rather than one event. */
  public static final String BROKER = "broker";

  private final Outbox outbox;
  private final AmqpSettings settings;
  private final String name;
  private final Clock clock;
  private final Duration lease;
  private final Duration confirmTimeout;
  private AmqpEventPublisher publisher;

  /**
   * @param name the relay's name, one per server instance and stable across its restarts
   * @param lease how long a claim holds; longer than a pass takes (publishing and confirms)
   */
  public AmqpOutboxRelay(
      Outbox outbox, AmqpSettings settings, String name, Clock clock, Duration lease) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.settings = Objects.requireNonNull(settings, "settings");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a relay needs a name (one per server instance)");
    }
    this.name = name;
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lease == null || lease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("a relay's lease must be at least 1 s, not " + lease);
    }
    this.lease = lease;
    this.confirmTimeout = lease.dividedBy(2);
  }

  /**
   * One pass of at most {@code limit} events.
   *
   * @return the events published and marked in this pass, and the failures: rows that could not be
   *     read or serialised, or the broker ({@link #BROKER}) when it was unreachable or did not
   *     confirm (then the claimed rows are released for the next pass)
   */
  @Override
  public SweepResult<IntegrationEvent> relay(int limit) {
    List<ItemFailure> failed = new ArrayList<>();
    AmqpEventPublisher p;
    try {
      p = publisher();
    } catch (AmqpUnavailableException e) {
      return new SweepResult<>(List.of(), List.of(new ItemFailure(BROKER, e.getMessage())));
    }
    SweepResult<IntegrationEvent> claim = outbox.claim(name, limit, clock.instant(), lease);
    failed.addAll(claim.failed());
    Set<String> waiting = new HashSet<>();
    List<IntegrationEvent> batch = new ArrayList<>();
    List<String> held = new ArrayList<>();
    for (IntegrationEvent e : claim.items()) {
      String aggregate = e.aggregateType() + "/" + e.aggregateId();
      if (waiting.contains(aggregate)) {
        held.add(e.eventId());
        continue;
      }
      try {
        IntegrationEventJson.write(e);
        batch.add(e);
      } catch (RuntimeException unserialisable) {
        failed.add(ItemFailure.of(e.eventId(), unserialisable));
        waiting.add(aggregate);
        held.add(e.eventId());
      }
    }
    try {
      p.publish(batch);
    } catch (AmqpUnavailableException e) {
      disconnect();
      failed.add(new ItemFailure(BROKER, e.getMessage()));
      held.addAll(batch.stream().map(IntegrationEvent::eventId).toList());
      release(held, failed);
      return new SweepResult<>(List.of(), failed);
    }
    try {
      outbox.markPublished(batch.stream().map(IntegrationEvent::eventId).toList());
    } catch (RuntimeException e) {
      // published but not marked: they stay claimed by this relay and go out again later
      failed.add(ItemFailure.of("outbox", e));
      return new SweepResult<>(List.of(), failed);
    }
    release(held, failed);
    return new SweepResult<>(batch, failed);
  }

  /**
   * Passes of {@code batch} events until a pass publishes nothing.
   *
   * @return every event published and every failure met
   */
  @Override
  public SweepResult<IntegrationEvent> drain(int batch) {
    List<IntegrationEvent> published = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    while (true) {
      SweepResult<IntegrationEvent> pass = relay(batch);
      published.addAll(pass.items());
      failed.addAll(pass.failed());
      if (pass.items().isEmpty()) {
        return new SweepResult<>(published, failed);
      }
    }
  }

  private void release(List<String> ids, List<ItemFailure> failed) {
    if (ids.isEmpty()) {
      return;
    }
    try {
      outbox.release(name, ids);
    } catch (RuntimeException e) {
      // the lease runs out by itself
      failed.add(ItemFailure.of("outbox", e));
    }
  }

  private AmqpEventPublisher publisher() {
    if (publisher != null && !publisher.isOpen()) {
      disconnect();
    }
    if (publisher == null) {
      publisher = AmqpEventPublisher.connect(settings, confirmTimeout);
    }
    return publisher;
  }

  private void disconnect() {
    if (publisher != null) {
      publisher.close();
      publisher = null;
    }
  }

  /** Whether the broker is reachable now (a fresh connection, whatever this relay holds). */
  public AmqpHealth health() {
    return AmqpEventPublisher.health(settings);
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    disconnect();
  }
}
