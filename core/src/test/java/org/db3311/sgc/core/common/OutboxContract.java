package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} adapter must do; extend it once per adapter. */
public abstract class OutboxContract {

  private static final Instant T = Instant.parse("2026-12-31T15:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  /** A new, empty outbox. */
  protected abstract Outbox newOutbox();

  /** Runs {@code work} in one unit of work of the adapter's own kind. */
  protected abstract void inUnitOfWork(Outbox outbox, Runnable work);

  private static List<IntegrationEvent> claimed(
      Outbox outbox, String relay, int limit, Instant now, Duration lease) {
    SweepResult<IntegrationEvent> claim = outbox.claim(relay, limit, now, lease);
    assertThat(claim.failed()).isEmpty();
    return claim.items();
  }

  protected static IntegrationEvent event(String aggregateId, String action, long sequence) {
    return IntegrationEvent.of(new TestEvent(aggregateId, action, T), sequence);
  }

  @Test
  void events_come_back_unpublished_in_the_order_they_were_appended() {
    Outbox outbox = newOutbox();
    List<IntegrationEvent> appended =
        List.of(event("x-1", "OPEN", 1), event("x-2", "OPEN", 1), event("x-1", "CLOSE", 2));
    inUnitOfWork(outbox, () -> outbox.append(appended));

    assertThat(outbox.unpublished(10)).containsExactlyElementsOf(appended);
    assertThat(outbox.unpublished(2)).containsExactlyElementsOf(appended.subList(0, 2));
    assertThat(outbox.lastSequence("Test", "x-1")).isEqualTo(2);
    assertThat(outbox.lastSequence("Test", "x-2")).isEqualTo(1);
    assertThat(outbox.lastSequence("Test", "x-3")).isZero();
  }

  @Test
  void published_events_are_not_offered_again_and_marking_twice_is_harmless() {
    Outbox outbox = newOutbox();
    IntegrationEvent a = event("y-1", "OPEN", 1);
    IntegrationEvent b = event("y-1", "CLOSE", 2);
    inUnitOfWork(outbox, () -> outbox.append(List.of(a, b)));

    outbox.markPublished(List.of(a.eventId()));
    outbox.markPublished(List.of(a.eventId(), "Test/unknown/1"));

    assertThat(outbox.unpublished(10)).containsExactly(b);
  }

  @Test
  void a_sequence_that_is_not_the_next_of_its_aggregate_is_refused_and_nothing_is_kept() {
    Outbox outbox = newOutbox();
    inUnitOfWork(outbox, () -> outbox.append(List.of(event("z-1", "OPEN", 1))));

    assertThatThrownBy(
            () ->
                inUnitOfWork(
                    outbox,
                    () ->
                        outbox.append(List.of(event("z-2", "OPEN", 1), event("z-1", "CLOSE", 3)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Test/z-1/3");
    assertThat(outbox.unpublished(10))
        .extracting(IntegrationEvent::eventId)
        .containsExactly("Test/z-1/1");
    assertThat(outbox.lastSequence("Test", "z-2")).isZero();
  }

  @Test
  void events_appended_in_a_unit_that_fails_are_gone() {
    Outbox outbox = newOutbox();
    assertThatThrownBy(
            () ->
                inUnitOfWork(
                    outbox,
                    () -> {
                      outbox.append(List.of(event("w-1", "OPEN", 1)));
                      throw new IllegalStateException("the change failed after its events");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(outbox.unpublished(10)).isEmpty();
    assertThat(outbox.lastSequence("Test", "w-1")).isZero();
  }

  @Test
  void a_claim_hands_out_unpublished_events_in_order_and_another_relay_skips_them_while_leased() {
    Outbox outbox = newOutbox();
    List<IntegrationEvent> appended =
        List.of(event("c-1", "OPEN", 1), event("c-2", "OPEN", 1), event("c-3", "OPEN", 1));
    inUnitOfWork(outbox, () -> outbox.append(appended));

    assertThat(claimed(outbox, "relay-a", 2, T, LEASE))
        .containsExactlyElementsOf(appended.subList(0, 2));
    assertThat(claimed(outbox, "relay-b", 10, T, LEASE)).containsExactly(appended.get(2));
    assertThat(claimed(outbox, "relay-b", 10, T.plusSeconds(1), LEASE))
        .containsExactly(appended.get(2));
    assertThat(claimed(outbox, "relay-c", 10, T.plusSeconds(1), LEASE)).isEmpty();
    // a relay that restarts under its name takes its own claims up again
    assertThat(claimed(outbox, "relay-a", 10, T.plusSeconds(2), LEASE))
        .containsExactlyElementsOf(appended.subList(0, 2));
  }

  @Test
  void a_lease_that_ran_out_lets_another_relay_claim_and_published_events_are_never_claimed() {
    Outbox outbox = newOutbox();
    IntegrationEvent a = event("l-1", "OPEN", 1);
    IntegrationEvent b = event("l-2", "OPEN", 1);
    inUnitOfWork(outbox, () -> outbox.append(List.of(a, b)));
    claimed(outbox, "relay-a", 10, T, LEASE);
    outbox.markPublished(List.of(a.eventId()));

    // the year turns while relay-a is gone
    Instant later = T.plus(Duration.ofHours(10));
    assertThat(later.toString()).startsWith("2027-");
    assertThat(claimed(outbox, "relay-b", 10, later, LEASE)).containsExactly(b);
    assertThat(outbox.unpublished(10)).containsExactly(b);
  }

  @Test
  void an_event_waits_while_an_earlier_event_of_its_aggregate_is_held_by_another_relay() {
    Outbox outbox = newOutbox();
    IntegrationEvent open = event("o-1", "OPEN", 1);
    IntegrationEvent other = event("o-2", "OPEN", 1);
    IntegrationEvent close = event("o-1", "CLOSE", 2);
    inUnitOfWork(outbox, () -> outbox.append(List.of(open, other, close)));

    assertThat(claimed(outbox, "relay-a", 1, T, LEASE)).containsExactly(open);
    assertThat(claimed(outbox, "relay-b", 10, T, LEASE)).containsExactly(other);

    outbox.markPublished(List.of(open.eventId()));
    assertThat(claimed(outbox, "relay-b", 10, T, LEASE)).containsExactly(other, close);
  }

  @Test
  void a_released_claim_is_free_at_once_and_only_its_holder_releases_it() {
    Outbox outbox = newOutbox();
    IntegrationEvent a = event("r-1", "OPEN", 1);
    IntegrationEvent b = event("r-1", "CLOSE", 2);
    inUnitOfWork(outbox, () -> outbox.append(List.of(a, b)));
    claimed(outbox, "relay-a", 10, T, LEASE);

    outbox.release("relay-b", List.of(a.eventId(), b.eventId()));
    assertThat(claimed(outbox, "relay-b", 10, T, LEASE)).isEmpty();

    outbox.release("relay-a", List.of(a.eventId(), b.eventId(), "Test/unknown/1"));
    assertThat(claimed(outbox, "relay-b", 10, T, LEASE)).containsExactly(a, b);
  }

  @Test
  void a_claim_without_a_relay_a_limit_or_a_lease_is_refused() {
    Outbox outbox = newOutbox();
    assertThatThrownBy(() -> outbox.claim(" ", 1, T, LEASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relay");
    assertThatThrownBy(() -> outbox.claim("relay-a", 0, T, LEASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> outbox.claim("relay-a", 1, T, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease");
  }
}
