package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DomainEventPublisher} adapter must do: deliver each event, in publishing order.
 * An adapter's test supplies the publisher and a way to read back what its consumers received.
 */
public abstract class DomainEventPublisherContract {

  protected abstract DomainEventPublisher newPublisher();

  /** What consumers have received from the publisher so far, waiting as long as needed. */
  protected abstract List<DomainEvent> received(DomainEventPublisher publisher, int expected);

  @Test
  void every_event_is_delivered_in_order() {
    DomainEventPublisher p = newPublisher();
    Instant t = Instant.parse("2026-03-02T01:00:00Z");
    TestEvent a = new TestEvent("m-1", "REGISTER", t);
    TestEvent b = new TestEvent("m-1", "ACCEPT", t.plusSeconds(1));
    p.publish(a);
    p.publish(b);
    assertThat(received(p, 2)).containsExactly(a, b);
  }
}
