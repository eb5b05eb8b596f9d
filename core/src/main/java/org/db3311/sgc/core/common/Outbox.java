package org.db3311.sgc.core.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Outgoing port: the transactional outbox (发件箱). Integration events are appended in the same unit
 * of work as the change that raised them, so a commit without its events, or events of a
 * rolled-back change, cannot happen; a relay publishes them afterwards and marks them published.
 * Publication is therefore at least once: consumers deduplicate by {@link
 * IntegrationEvent#eventId()}.
 *
 * <p><b>Several relays</b> (one per server instance) share one outbox through {@link #claim}: a
 * relay takes a lease on the events it is about to publish, so another relay skips them until the
 * lease ends (the first relay died) or they are {@linkplain #release released}. A claim never hands
 * out an event while an earlier unpublished event of its aggregate is left out of the same claim,
 * so whoever publishes an aggregate's events publishes them in their order.
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

  /**
   * Claims for {@code relay}, until {@code now + lease}, at most {@code limit} unpublished events
   * in the order they were appended: those no other relay holds a lease on at {@code now} (the
   * relay's own earlier claims are handed out again, so a restarted relay resumes its work). For
   * each aggregate the answer holds a run of its events that starts at its earliest unpublished
   * one; an event whose predecessor is held by another relay, or did not fit, waits. A stored event
   * that cannot be read is listed among the failures (and not leased); the events after it in its
   * aggregate wait for it.
   *
   * @throws IllegalArgumentException when the relay is blank, the limit below 1 or the lease not
   *     positive
   */
  SweepResult<IntegrationEvent> claim(String relay, int limit, Instant now, Duration lease);

  /**
   * Ends {@code relay}'s lease on the given unpublished events, so that any relay may claim them at
   * once (after a failure, or when the relay stops). Ids the relay does not hold are ignored.
   */
  void release(String relay, Collection<String> eventIds);

  /** Marks events published; unknown or already published ids are ignored (a relay may retry). */
  void markPublished(Collection<String> eventIds);

  /** Checks the arguments of {@link #claim}, for the implementations. */
  static void checkClaim(String relay, int limit, Instant now, Duration lease) {
    if (relay == null || relay.isBlank()) {
      throw new IllegalArgumentException("a claim needs the relay's name");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit at least 1, not " + limit);
    }
    if (now == null) {
      throw new IllegalArgumentException("a claim needs the time it is made");
    }
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a claim's lease must be positive, not " + lease);
    }
  }
}
