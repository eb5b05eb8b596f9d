package org.db3311.sgc.core.common;

import java.util.Collection;
import java.util.List;

/**
 * Outgoing port: the transactional outbox (发件箱). Integration events are appended in the same unit
 * of work as the change that raised them, so a commit without its events, or events of a
 * rolled-back change, cannot happen; a relay publishes them afterwards and marks them published.
 * Publication is therefore at least once: consumers deduplicate by {@link
 * IntegrationEvent#eventId()}.
 */
public interface Outbox {

  /**
   * Appends events in the current unit of work, keeping their order.
   *
   * @throws IllegalArgumentException when an event's sequence is not the next of its aggregate
   */
  void append(List<IntegrationEvent> events);

  /** The highest sequence stored for an aggregate, 0 when it has none. */
  long lastSequence(String aggregateType, String aggregateId);

  /** Events not yet published, in the order they were appended, at most {@code limit}. */
  List<IntegrationEvent> unpublished(int limit);

  /** Marks events published; unknown or already published ids are ignored (a relay may retry). */
  void markPublished(Collection<String> eventIds);
}
