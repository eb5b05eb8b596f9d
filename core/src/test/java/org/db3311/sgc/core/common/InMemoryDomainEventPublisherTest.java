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
}
