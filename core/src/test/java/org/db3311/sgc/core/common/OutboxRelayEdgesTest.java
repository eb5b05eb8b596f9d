package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 8.2.4 "中心系统应能通过业务协同和公共数据网关对已办、待办、完成的所有事件情况进行实时监管": the events that carry the casework between
 * subdomains are relayed at once, a failed one is handed back for any relay to retry, and the
 * in-memory outbox and deduplication keep exactly their documented bounds.
 */
@Implements("8.2.4")
@DisplayName("8.2.4 the in-process outbox relay: failures released, bounds kept")
class OutboxRelayEdgesTest {

  private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryOutbox outbox = new InMemoryOutbox();

  @Test
  @DisplayName("an event a subscriber failed on is released at once: another relay may retry it")
  void a_failed_event_is_released_for_any_relay() {
    IntegrationEvent e = IntegrationEvent.of(new TestEvent("m-1", "STEP1", T), 1);
    unitOfWork.run(() -> outbox.append(List.of(e)));
    InProcessOutboxRelay first =
        new InProcessOutboxRelay(
            outbox, unitOfWork, new InMemoryProcessedEvents(), "process-1", CLOCK, LEASE);
    first.subscribe(
        "archive",
        x -> {
          throw new IllegalStateException("archive down");
        });
    SweepResult<IntegrationEvent> failed = first.relay(10);
    assertThat(failed.items()).isEmpty();
    assertThat(failed.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.item()).isEqualTo(e.eventId()));

    // within the first relay's lease: only a released event can be claimed by another
    SweepResult<IntegrationEvent> claimed = outbox.claim("process-2", 10, T, LEASE);
    assertThat(claimed.items()).containsExactly(e);
  }

  @Test
  @DisplayName("the outbox hands out at least one event per call, never none")
  void unpublished_takes_a_limit_of_one() {
    IntegrationEvent e = IntegrationEvent.of(new TestEvent("m-1", "STEP1", T), 1);
    unitOfWork.run(() -> outbox.append(List.of(e)));
    assertThat(outbox.unpublished(1)).containsExactly(e);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> outbox.unpublished(0))
        .withMessage("limit at least 1, not 0");
  }

  @Test
  @DisplayName("deduplication keeps exactly its capacity of the latest ids, one at the least")
  void processed_events_keep_exactly_their_capacity() {
    InMemoryProcessedEvents one = new InMemoryProcessedEvents(1);
    one.record("a");
    assertThat(one.contains("a")).isTrue();
    one.record("b");
    assertThat(one.contains("a")).isFalse();
    assertThat(one.contains("b")).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InMemoryProcessedEvents(0))
        .withMessage("capacity at least 1, not 0");
  }
}
