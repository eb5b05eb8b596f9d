package org.db3311.sgc.core.common;

/**
 * Outgoing port: hands domain events to whoever follows them (archive, reports, other workflows).
 */
public interface DomainEventPublisher {

  void publish(DomainEvent event);
}
