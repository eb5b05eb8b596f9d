package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} adapter must do; extend it once per adapter. */
public abstract class OutboxContract {

  private static final Instant T = Instant.parse("2026-12-31T15:00:00Z");

  /** A new, empty outbox. */
  protected abstract Outbox newOutbox();

  /** Runs {@code work} in one unit of work of the adapter's own kind. */
  protected abstract void inUnitOfWork(Outbox outbox, Runnable work);

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
}
