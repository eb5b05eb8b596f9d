package org.db3311.sgc.core.common;

import java.util.List;

/**
 * After a use case has saved an aggregate, publishes the events it raised and writes one audit
 * entry for each, so no transition goes unpublished or unaudited.
 */
public final class ChangeRecorder {

  private final DomainEventPublisher publisher;
  private final AuditTrail audit;

  public ChangeRecorder(DomainEventPublisher publisher, AuditTrail audit) {
    this.publisher = java.util.Objects.requireNonNull(publisher, "publisher");
    this.audit = java.util.Objects.requireNonNull(audit, "audit");
  }

  /** Audits and publishes the aggregate's pending events; call after the aggregate is saved. */
  public void record(AggregateRoot<?> aggregate) {
    record(aggregate.pullEvents());
  }

  public void record(List<? extends DomainEvent> events) {
    for (DomainEvent e : events) {
      audit.append(AuditEntry.of(e));
    }
    for (DomainEvent e : events) {
      publisher.publish(e);
    }
  }
}
