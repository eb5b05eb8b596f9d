package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxRelay} must do, whatever it delivers to; extend it once per relay. The
 * outbox is the in-memory one, so the relay's own part is what is checked: order within each
 * aggregate, nothing lost when delivery fails, nothing twice in effect when several relays share
 * the outbox or one restarts with claims outstanding.
 */
public abstract class OutboxRelayContract {

  private static final Instant T = Instant.parse("2026-12-31T15:59:59Z");

  /** A relay named {@code name} over {@code outbox}. */
  protected abstract OutboxRelay newRelay(Outbox outbox, String name);

  /**
   * Every event the consumer side has taken so far, in the order it took them, once in effect (as a
   * consumer deduplicating by event id keeps them). A relay that delivers asynchronously waits here
   * until {@code expected} events have arrived or a few seconds have passed.
   */
  protected abstract List<IntegrationEvent> received(int expected);

  /** From now on delivery fails (the broker is unreachable, the subscriber refuses). */
  protected abstract void interruptDelivery();

  /** Delivery works again. */
  protected abstract void restoreDelivery();

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

  private List<IntegrationEvent> appended(Outbox outbox, int aggregates, int each) {
    List<IntegrationEvent> all = new ArrayList<>();
    for (int s = 1; s <= each; s++) {
      for (int a = 1; a <= aggregates; a++) {
        all.add(IntegrationEvent.of(new TestEvent("relay-" + a, "STEP" + s, T.plusSeconds(s)), s));
      }
    }
    unitOfWork.run(() -> outbox.append(all));
    return all;
  }

  private static Map<String, List<Long>> sequencesByAggregate(Collection<IntegrationEvent> events) {
    return events.stream()
        .collect(
            Collectors.groupingBy(
                IntegrationEvent::aggregateId,
                Collectors.mapping(IntegrationEvent::sequence, Collectors.toList())));
  }

  private static List<String> ids(Collection<IntegrationEvent> events) {
    return events.stream().map(IntegrationEvent::eventId).toList();
  }

  @Test
  void every_event_is_delivered_once_and_in_order_within_its_aggregate() {
    Outbox outbox = new InMemoryOutbox();
    List<IntegrationEvent> all = appended(outbox, 3, 3);
    OutboxRelay relay = newRelay(outbox, "relay-a");

    SweepResult<IntegrationEvent> drained = relay.drain(2);

    assertThat(drained.failed()).isEmpty();
    assertThat(ids(drained.items())).containsExactlyInAnyOrderElementsOf(ids(all));
    List<IntegrationEvent> got = received(all.size());
    assertThat(ids(got)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(all));
    assertThat(sequencesByAggregate(got))
        .allSatisfy((aggregate, sequences) -> assertThat(sequences).isSorted());
    assertThat(outbox.unpublished(100)).as("every row marked published").isEmpty();
    assertThat(relay.drain(2).items()).as("a second drain finds nothing").isEmpty();
  }

  @Test
  void relays_sharing_the_outbox_never_deliver_an_event_twice_in_effect() {
    Outbox outbox = new InMemoryOutbox();
    List<IntegrationEvent> all = appended(outbox, 4, 2);
    OutboxRelay a = newRelay(outbox, "relay-a");
    OutboxRelay b = newRelay(outbox, "relay-b");

    List<IntegrationEvent> delivered = new ArrayList<>();
    for (int pass = 0; pass < 20; pass++) {
      delivered.addAll((pass % 2 == 0 ? a : b).relay(1).items());
    }

    assertThat(ids(delivered))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids(all));
    assertThat(ids(received(all.size())))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids(all));
  }

  @Test
  void a_delivery_that_fails_loses_nothing_and_the_next_pass_delivers_it() {
    Outbox outbox = new InMemoryOutbox();
    List<IntegrationEvent> all = appended(outbox, 2, 2);
    OutboxRelay relay = newRelay(outbox, "relay-a");

    interruptDelivery();
    SweepResult<IntegrationEvent> failing;
    try {
      failing = relay.relay(10);
    } finally {
      restoreDelivery();
    }

    assertThat(failing.failed()).as("the failure is reported").isNotEmpty();
    assertThat(ids(outbox.unpublished(100)))
        .as("nothing marked published that was not delivered")
        .containsAll(ids(all).stream().filter(id -> !ids(failing.items()).contains(id)).toList());

    SweepResult<IntegrationEvent> again = relay.drain(10);
    assertThat(again.failed()).isEmpty();
    List<IntegrationEvent> got = received(all.size());
    assertThat(ids(got)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(all));
    assertThat(sequencesByAggregate(got))
        .allSatisfy((aggregate, sequences) -> assertThat(sequences).isSorted());
    assertThat(outbox.unpublished(100)).isEmpty();
  }

  @Test
  void a_relay_restarted_with_claims_outstanding_delivers_them() {
    Outbox outbox = new InMemoryOutbox();
    List<IntegrationEvent> all = appended(outbox, 2, 2);
    // the relay's previous run claimed a batch and stopped before delivering it
    SweepResult<IntegrationEvent> claimed =
        outbox.claim("relay-a", 3, Instant.now(), Duration.ofMinutes(5));
    assertThat(claimed.items()).hasSize(3);

    OutboxRelay restarted = newRelay(outbox, "relay-a");
    SweepResult<IntegrationEvent> drained = restarted.drain(10);

    assertThat(drained.failed()).isEmpty();
    assertThat(ids(received(all.size())))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids(all));
    assertThat(outbox.unpublished(100)).isEmpty();
  }

  /** The events by id, for implementations that deduplicate as a consumer does. */
  protected static List<IntegrationEvent> onceEach(List<IntegrationEvent> events) {
    return List.copyOf(
        events.stream()
            .collect(
                Collectors.toMap(
                    IntegrationEvent::eventId,
                    Function.identity(),
                    (x, y) -> x,
                    java.util.LinkedHashMap::new))
            .values());
  }
}
