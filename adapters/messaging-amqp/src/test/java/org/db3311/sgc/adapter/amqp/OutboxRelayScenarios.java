package org.db3311.sgc.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.db3311.sgc.core.common.InMemoryProcessedEvents;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.Outbox;
import org.db3311.sgc.core.common.SweepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against the real local RabbitMQ and a durable outbox, with matters registered through
 * the use cases: a broker outage, a relay killed between confirms and marking, a row that cannot be
 * read. Extended once per database.
 */
abstract class OutboxRelayScenarios {

  static final Duration LEASE = Duration.ofMinutes(5);

  TestBroker broker;
  Casework casework;
  final List<IntegrationEvent> received = Collections.synchronizedList(new ArrayList<>());
  final List<ItemFailure> consumerFailures = Collections.synchronizedList(new ArrayList<>());

  abstract Casework openCasework() throws Exception;

  @BeforeEach
  void open() throws Exception {
    broker = new TestBroker(getClass().getSimpleName());
    casework = openCasework();
  }

  @AfterEach
  void close() throws Exception {
    try {
      casework.close();
    } finally {
      broker.close();
    }
  }

  AmqpEventSubscriber subscribe(String queue) {
    return AmqpEventSubscriber.start(
        broker.settings,
        broker.queue(queue),
        List.of("#"),
        new InMemoryProcessedEvents(),
        received::add,
        (failure, error) -> consumerFailures.add(failure));
  }

  /** Waits until the subscriber has handled {@code n} events (the broker delivers on its own). */
  static void awaitHandled(AmqpEventSubscriber s, long n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (s.handled() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(s.handled()).as("events handled by the subscriber").isEqualTo(n);
  }

  static void awaitDuplicates(AmqpEventSubscriber s, long n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (s.duplicatesDropped() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(s.duplicatesDropped()).as("redeliveries dropped").isGreaterThanOrEqualTo(n);
  }

  /** Every event once, and each aggregate's events in their order. */
  void assertDeliveredOnceInOrder(List<IntegrationEvent> expected) {
    assertThat(received).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Casework.sequencesByAggregate(received))
        .isEqualTo(Casework.sequencesByAggregate(expected));
    assertThat(consumerFailures).isEmpty();
  }

  @Test
  void
      matters_registered_while_the_broker_is_unreachable_are_all_delivered_once_in_order_when_it_is_back()
          throws Exception {
    try (TcpProxy proxy = new TcpProxy(TestBroker.PORT);
        AmqpEventSubscriber subscriber = subscribe("outage");
        AmqpOutboxRelay relay =
            new AmqpOutboxRelay(
                casework.store.outbox(),
                broker.through(proxy.port()),
                "relay-1",
                Clock.systemUTC(),
                LEASE)) {
      proxy.up();
      casework.registerAndAccept(3);
      List<IntegrationEvent> all = new ArrayList<>(casework.unpublished());
      assertThat(relay.relay(100).items()).containsExactlyElementsOf(all);

      proxy.down();
      casework.registerAndAccept(8);
      all.addAll(casework.unpublished());
      SweepResult<IntegrationEvent> during = relay.relay(100);
      assertThat(during.items()).isEmpty();
      assertThat(during.failed())
          .singleElement()
          .satisfies(f -> assertThat(f.item()).isEqualTo(AmqpOutboxRelay.BROKER))
          .satisfies(f -> assertThat(f.reason()).contains("127.0.0.1:" + proxy.port()));
      assertThat(relay.health().up()).isFalse();

      proxy.up();
      assertThat(relay.health().up()).isTrue();
      SweepResult<IntegrationEvent> after = relay.drain(5);
      assertThat(after.failed()).isEmpty();

      awaitHandled(subscriber, all.size());
      assertDeliveredOnceInOrder(all);
      assertThat(casework.store.outbox().unpublished(100)).isEmpty();
    }
  }

  @Test
  void
      a_relay_killed_after_the_confirms_but_before_marking_publishes_again_and_the_consumer_drops_the_copies()
          throws Exception {
    casework.registerAndAccept(6);
    List<IntegrationEvent> all = casework.unpublished();
    try (AmqpEventSubscriber subscriber = subscribe("restart")) {
      AtomicBoolean killed = new AtomicBoolean();
      Outbox dying = new DiesBeforeMarking(casework.store.outbox(), killed);
      try (AmqpOutboxRelay first =
          new AmqpOutboxRelay(dying, broker.settings, "relay-1", Clock.systemUTC(), LEASE)) {
        SweepResult<IntegrationEvent> pass = first.relay(4);
        assertThat(pass.items()).isEmpty();
        assertThat(pass.failed()).extracting(ItemFailure::item).containsExactly("outbox");
      }
      assertThat(killed).isTrue();
      awaitHandled(subscriber, 4);

      // the same server instance starts again: it takes up its own claims at once
      try (AmqpOutboxRelay again =
          new AmqpOutboxRelay(
              casework.store.outbox(), broker.settings, "relay-1", Clock.systemUTC(), LEASE)) {
        assertThat(again.drain(4).failed()).isEmpty();
      }
      awaitHandled(subscriber, all.size());
      awaitDuplicates(subscriber, 4);
      assertDeliveredOnceInOrder(all);
      assertThat(casework.store.outbox().unpublished(100)).isEmpty();
    }
  }

  @Test
  void a_row_that_cannot_be_read_is_reported_holds_back_its_aggregate_and_the_others_go_on()
      throws Exception {
    casework.registerAndAccept(3);
    List<IntegrationEvent> all = casework.unpublished();
    IntegrationEvent broken = all.get(0);
    assertThat(
            casework.sql(
                "update outbox_event set to_state = ' ' where event_id = '"
                    + broken.eventId()
                    + "'"))
        .isEqualTo(1);
    String aggregate = broken.aggregateType() + "/" + broken.aggregateId();
    List<IntegrationEvent> others =
        all.stream()
            .filter(e -> !(e.aggregateType() + "/" + e.aggregateId()).equals(aggregate))
            .toList();

    try (AmqpEventSubscriber subscriber = subscribe("broken");
        AmqpOutboxRelay relay =
            new AmqpOutboxRelay(
                casework.store.outbox(), broker.settings, "relay-1", Clock.systemUTC(), LEASE)) {
      SweepResult<IntegrationEvent> pass = relay.drain(100);
      assertThat(pass.items()).containsExactlyElementsOf(others);
      assertThat(pass.failed()).extracting(ItemFailure::item).contains(broken.eventId());
      awaitHandled(subscriber, others.size());
      assertDeliveredOnceInOrder(others);
      assertThat(casework.unpublishedIds())
          .isNotEmpty()
          .allMatch(id -> id.startsWith(aggregate + "/"));
    }
  }

  /** An outbox whose process dies (once) after the broker confirmed, before the rows are marked. */
  static final class DiesBeforeMarking implements Outbox {
    private final Outbox real;
    private final AtomicBoolean killed;

    DiesBeforeMarking(Outbox real, AtomicBoolean killed) {
      this.real = real;
      this.killed = killed;
    }

    @Override
    public void append(List<IntegrationEvent> events) {
      real.append(events);
    }

    @Override
    public long lastSequence(String aggregateType, String aggregateId) {
      return real.lastSequence(aggregateType, aggregateId);
    }

    @Override
    public List<IntegrationEvent> unpublished(int limit) {
      return real.unpublished(limit);
    }

    @Override
    public SweepResult<IntegrationEvent> claim(
        String relay, int limit, Instant now, Duration lease) {
      return real.claim(relay, limit, now, lease);
    }

    @Override
    public void release(String relay, Collection<String> eventIds) {
      real.release(relay, eventIds);
    }

    @Override
    public void markPublished(Collection<String> eventIds) {
      if (killed.compareAndSet(false, true)) {
        throw new IllegalStateException("the process was killed before marking");
      }
      real.markPublished(eventIds);
    }
  }
}
