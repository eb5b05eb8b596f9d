package org.db3311.sgc.core.common;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link Outbox} held in memory; appends inside an {@link InMemoryUnitOfWork} roll back with it.
 * Claims follow the port's rules, so several relays in one process share it as they would share a
 * database outbox.
 */
public final class InMemoryOutbox implements Outbox {

  private final Map<String, IntegrationEvent> byId = new LinkedHashMap<>();
  private final Map<String, Long> lastSequence = new HashMap<>();
  private final Set<String> published = new HashSet<>();
  private final Map<String, Lease> leases = new HashMap<>();

  private record Lease(String relay, Instant until) {}

  @Override
  public synchronized void append(List<IntegrationEvent> events) {
    Map<String, Long> expected = new HashMap<>();
    for (IntegrationEvent e : events) {
      String key = key(e.aggregateType(), e.aggregateId());
      long next = expected.getOrDefault(key, lastSequence.getOrDefault(key, 0L)) + 1;
      if (e.sequence() != next) {
        throw new IllegalArgumentException(
            "event " + e.eventId() + " is not the next of its aggregate (expected " + next + ")");
      }
      expected.put(key, next);
    }
    for (IntegrationEvent e : events) {
      String key = key(e.aggregateType(), e.aggregateId());
      Long before = lastSequence.get(key);
      byId.put(e.eventId(), e);
      lastSequence.put(key, e.sequence());
      InMemoryTransaction.onRollback(() -> remove(e, key, before));
    }
  }

  private synchronized void remove(IntegrationEvent e, String key, Long before) {
    byId.remove(e.eventId());
    if (before == null) {
      lastSequence.remove(key);
    } else {
      lastSequence.put(key, before);
    }
  }

  @Override
  public synchronized long lastSequence(String aggregateType, String aggregateId) {
    return lastSequence.getOrDefault(key(aggregateType, aggregateId), 0L);
  }

  @Override
  public synchronized List<IntegrationEvent> unpublished(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit at least 1, not " + limit);
    }
    List<IntegrationEvent> out = new ArrayList<>();
    for (IntegrationEvent e : byId.values()) {
      if (!published.contains(e.eventId())) {
        out.add(e);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  @Override
  public synchronized SweepResult<IntegrationEvent> claim(
      String relay, int limit, Instant now, Duration lease) {
    Outbox.checkClaim(relay, limit, now, lease);
    Instant until = now.plus(lease);
    Set<String> waiting = new HashSet<>();
    List<IntegrationEvent> out = new ArrayList<>();
    for (IntegrationEvent e : byId.values()) {
      if (published.contains(e.eventId())) {
        continue;
      }
      String key = key(e.aggregateType(), e.aggregateId());
      if (waiting.contains(key)) {
        continue;
      }
      if (out.size() == limit) {
        break;
      }
      Lease held = leases.get(e.eventId());
      if (held != null && !held.relay().equals(relay) && held.until().isAfter(now)) {
        waiting.add(key);
        continue;
      }
      out.add(e);
    }
    for (IntegrationEvent e : out) {
      leases.put(e.eventId(), new Lease(relay, until));
    }
    return new SweepResult<>(out, List.of());
  }

  @Override
  public synchronized void release(String relay, Collection<String> eventIds) {
    for (String id : eventIds) {
      Lease held = leases.get(id);
      if (held != null && held.relay().equals(relay)) {
        leases.remove(id);
      }
    }
  }

  @Override
  public synchronized void markPublished(Collection<String> eventIds) {
    for (String id : eventIds) {
      if (byId.containsKey(id)) {
        published.add(id);
        leases.remove(id);
      }
    }
  }

  /** Every event appended and kept, oldest first. */
  public synchronized List<IntegrationEvent> all() {
    return List.copyOf(byId.values());
  }

  private static String key(String type, String id) {
    return type + "/" + id;
  }
}
