package org.db3311.sgc.core.common;

/**
 * Outgoing port: the integration events a consumer has already handled (已处理事件), by {@link
 * IntegrationEvent#eventId()}. Publication from the outbox is at least once, so a consumer asks
 * here before it acts and records the id once it has acted: a redelivered event is dropped.
 */
public interface ProcessedEvents {

  /** Whether the event was recorded as handled. */
  boolean contains(String eventId);

  /** Records the event as handled; recording it again is harmless. */
  void record(String eventId);
}
