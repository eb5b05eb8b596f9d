package org.db3311.sgc.core.common;

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
 */
public final class InMemoryOutbox implements Outbox {

  private final Map<String, IntegrationEvent> byId = new LinkedHashMap<>();
  private final Map<String, Long> lastSequence = new HashMap<>();
  private final Set<String> published = new HashSet<>();

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
  public synchronized void markPublished(Collection<String> eventIds) {
    for (String id : eventIds) {
      if (byId.containsKey(id)) {
        published.add(id);
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
