package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDomainEventPublisherTest extends DomainEventPublisherContract {

  @Override
  protected DomainEventPublisher newPublisher() {
    return new InMemoryDomainEventPublisher();
  }

  @Override
  protected List<DomainEvent> received(DomainEventPublisher publisher, int expected) {
    return ((InMemoryDomainEventPublisher) publisher).published();
  }

  @Test
  void subscribers_get_the_events_of_their_type_at_once() {
    InMemoryDomainEventPublisher p = new InMemoryDomainEventPublisher();
    List<TestEvent> got = new ArrayList<>();
    p.subscribe(TestEvent.class, got::add);
    TestEvent e = new TestEvent("m-1", "REGISTER", Instant.EPOCH);
    p.publish(e);
    assertThat(got).containsExactly(e);
    assertThat(p.published(TestEvent.class)).containsExactly(e);
  }

  @Test
  void the_change_recorder_audits_then_publishes_every_event() {
    InMemoryDomainEventPublisher p = new InMemoryDomainEventPublisher();
    InMemoryAuditTrail audit = new InMemoryAuditTrail();
    TestEvent e = new TestEvent("m-1", "REGISTER", Instant.EPOCH);
    new ChangeRecorder(p, audit).record(List.of(e));
    assertThat(p.published()).containsExactly(e);
    assertThat(audit.all()).containsExactly(AuditEntry.of(e));
  }

  @Test
  void it_keeps_only_the_latest_events_up_to_its_bound_and_still_delivers_all() {
    InMemoryDomainEventPublisher p = InMemoryDomainEventPublisher.retaining(2);
    List<TestEvent> got = new ArrayList<>();
    p.subscribe(TestEvent.class, got::add);
    TestEvent a = new TestEvent("m-1", "REGISTER", Instant.EPOCH);
    TestEvent b = new TestEvent("m-2", "REGISTER", Instant.EPOCH);
    TestEvent c = new TestEvent("m-3", "REGISTER", Instant.EPOCH);
    p.publish(a);
    p.publish(b);
    p.publish(c);
    assertThat(got).containsExactly(a, b, c);
    assertThat(p.published()).containsExactly(b, c);
    assertThat(p.published(TestEvent.class)).containsExactly(b, c);
  }

  @Test
  void a_delivering_only_publisher_keeps_nothing() {
    InMemoryDomainEventPublisher p = InMemoryDomainEventPublisher.deliveringOnly();
    List<TestEvent> got = new ArrayList<>();
    p.subscribe(TestEvent.class, got::add);
    TestEvent e = new TestEvent("m-1", "REGISTER", Instant.EPOCH);
    p.publish(e);
    assertThat(got).containsExactly(e);
    assertThat(p.published()).isEmpty();
  }

  @Test
  void the_default_keeps_the_documented_number_and_a_negative_bound_is_refused() {
    InMemoryDomainEventPublisher p = new InMemoryDomainEventPublisher();
    for (int i = 0; i <= InMemoryDomainEventPublisher.DEFAULT_RETAINED; i++) {
      p.publish(new TestEvent("m-" + i, "REGISTER", Instant.EPOCH));
    }
    assertThat(p.published()).hasSize(InMemoryDomainEventPublisher.DEFAULT_RETAINED);
    assertThat(p.published().getFirst().aggregateId()).isEqualTo("m-1");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> InMemoryDomainEventPublisher.retaining(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
