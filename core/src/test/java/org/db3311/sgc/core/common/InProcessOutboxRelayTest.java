package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InProcessOutboxRelayTest {

  private static final Instant T = Instant.parse("2026-12-31T15:59:59Z");
  private static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final List<IntegrationEvent> archived = Collections.synchronizedList(new ArrayList<>());

  private InProcessOutboxRelay relay(String name, Outbox on, ProcessedEvents processed) {
    return new InProcessOutboxRelay(on, unitOfWork, processed, name, CLOCK, LEASE);
  }

  /** Appends {@code perAggregate} events to each of {@code aggregates} aggregates, interleaved. */
  private List<IntegrationEvent> append(int aggregates, int perAggregate) {
    List<IntegrationEvent> all = new ArrayList<>();
    for (int s = 1; s <= perAggregate; s++) {
      for (int a = 0; a < aggregates; a++) {
        IntegrationEvent e = IntegrationEvent.of(new TestEvent("m-" + a, "STEP" + s, T), s);
        unitOfWork.run(() -> outbox.append(List.of(e)));
        all.add(e);
      }
    }
    return all;
  }

  private static Map<String, List<Long>> byAggregate(List<IntegrationEvent> events) {
    Map<String, List<Long>> by = new LinkedHashMap<>();
    for (IntegrationEvent e : events) {
      by.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e.sequence());
    }
    return by;
  }

  @Test
  void events_reach_the_subscribers_in_order_and_are_marked_published_after_delivery() {
    List<IntegrationEvent> all = append(3, 2);
    List<IntegrationEvent> reports = new ArrayList<>();
    InProcessOutboxRelay relay = relay("process-1", outbox, new InMemoryProcessedEvents());
    relay.subscribe("archive", archived::add);
    relay.subscribe("reports", reports::add);

    SweepResult<IntegrationEvent> drained = relay.drain(4);

    assertThat(drained.items()).containsExactlyElementsOf(all);
    assertThat(drained.complete()).isTrue();
    assertThat(archived).containsExactlyElementsOf(all);
    assertThat(reports).containsExactlyElementsOf(all);
    assertThat(outbox.unpublished(10)).isEmpty();
    assertThat(relay.relay(10).items()).isEmpty();
  }

  @Test
  void a_subscriber_that_fails_is_reported_its_aggregate_waits_and_the_others_go_on() {
    List<IntegrationEvent> all = append(2, 2);
    IntegrationEvent poisoned = all.get(0); // m-0, 1
    AtomicBoolean broken = new AtomicBoolean(true);
    List<IntegrationEvent> picky = new ArrayList<>();
    InProcessOutboxRelay relay = relay("process-1", outbox, new InMemoryProcessedEvents());
    relay.subscribe("archive", archived::add);
    relay.subscribe(
        "picky",
        e -> {
          if (broken.get() && e.equals(poisoned)) {
            throw new IllegalStateException("the archive is full");
          }
          picky.add(e);
        });

    SweepResult<IntegrationEvent> first = relay.relay(10);
    assertThat(first.items()).extracting(IntegrationEvent::aggregateId).containsOnly("m-1");
    assertThat(first.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.item()).isEqualTo(poisoned.eventId()))
        .satisfies(f -> assertThat(f.reason()).contains("the archive is full"));
    assertThat(outbox.unpublished(10))
        .extracting(IntegrationEvent::aggregateId)
        .containsOnly("m-0");

    broken.set(false);
    assertThat(relay.drain(10).failed()).isEmpty();

    // the archive had m-0/1 before the failure of the other subscriber: it does not get it twice
    assertThat(archived).containsExactlyInAnyOrderElementsOf(all);
    assertThat(picky).containsExactlyInAnyOrderElementsOf(all);
    assertThat(byAggregate(archived)).isEqualTo(byAggregate(all));
    assertThat(byAggregate(picky)).isEqualTo(byAggregate(all));
  }

  @Test
  void a_process_that_died_between_delivery_and_marking_delivers_nothing_twice_after_restart() {
    List<IntegrationEvent> all = append(2, 2);
    ProcessedEvents processed = new InMemoryProcessedEvents();
    AtomicBoolean died = new AtomicBoolean();
    Outbox dying =
        new ForwardingOutbox(outbox) {
          @Override
          public void markPublished(Collection<String> ids) {
            if (died.compareAndSet(false, true)) {
              throw new IllegalStateException("killed");
            }
            super.markPublished(ids);
          }
        };
    InProcessOutboxRelay first = relay("process-1", dying, processed);
    first.subscribe("archive", archived::add);
    assertThat(first.relay(10).failed())
        .extracting(ItemFailure::item)
        .contains(all.get(0).eventId());

    InProcessOutboxRelay restarted = relay("process-1", outbox, processed);
    restarted.subscribe("archive", archived::add);
    assertThat(restarted.drain(10).failed()).isEmpty();

    assertThat(archived).containsExactlyInAnyOrderElementsOf(all);
    assertThat(byAggregate(archived)).isEqualTo(byAggregate(all));
    assertThat(outbox.unpublished(10)).isEmpty();
  }

  @Test
  void two_relays_on_one_outbox_at_once_deliver_each_event_once_in_aggregate_order()
      throws Exception {
    List<IntegrationEvent> all = append(20, 5);
    ProcessedEvents processed = new InMemoryProcessedEvents();
    List<InProcessOutboxRelay> relays = new ArrayList<>();
    for (String name : List.of("process-a", "process-b")) {
      InProcessOutboxRelay r = relay(name, outbox, processed);
      r.subscribe("archive", archived::add);
      relays.add(r);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<SweepResult<IntegrationEvent>>> runs = new ArrayList<>();
    for (InProcessOutboxRelay r : relays) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                return r.drain(3);
              }));
    }
    List<IntegrationEvent> delivered = new ArrayList<>();
    for (Future<SweepResult<IntegrationEvent>> run : runs) {
      delivered.addAll(run.get().items());
    }
    pool.shutdown();

    assertThat(delivered).containsExactlyInAnyOrderElementsOf(all);
    assertThat(archived).containsExactlyInAnyOrderElementsOf(all);
    assertThat(byAggregate(archived)).isEqualTo(byAggregate(all));
  }

  @Test
  void a_relay_needs_a_name_and_a_lease_and_subscribers_distinct_names() {
    ProcessedEvents processed = new InMemoryProcessedEvents();
    assertThatThrownBy(
            () -> new InProcessOutboxRelay(outbox, unitOfWork, processed, " ", CLOCK, LEASE))
        .hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                new InProcessOutboxRelay(outbox, unitOfWork, processed, "p", CLOCK, Duration.ZERO))
        .hasMessageContaining("lease");
    InProcessOutboxRelay relay = relay("p", outbox, processed);
    relay.subscribe("archive", archived::add);
    assertThatThrownBy(() -> relay.subscribe("archive", archived::add))
        .hasMessageContaining("exists already");
  }

  /** Calls through to another outbox; tests override one method to make it fail. */
  private static class ForwardingOutbox implements Outbox {
    private final Outbox real;

    ForwardingOutbox(Outbox real) {
      this.real = real;
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
      real.markPublished(eventIds);
    }
  }
}
