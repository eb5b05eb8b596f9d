package org.db3311.sgc.core.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link ProcessedEvents} in memory, keeping the most recent {@code capacity} ids: a relay
 * redelivers what it published last, not what it published a hundred thousand events ago. A process
 * that must recognise redeliveries across restarts keeps the ids in its database instead.
 */
public final class InMemoryProcessedEvents implements ProcessedEvents {

  private final Map<String, Boolean> ids;

  /** Keeps the last 100,000 ids. */
  public InMemoryProcessedEvents() {
    this(100_000);
  }

  public InMemoryProcessedEvents(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity at least 1, not " + capacity);
    }
    this.ids =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized boolean contains(String eventId) {
    return ids.containsKey(eventId);
  }

  @Override
  public synchronized void record(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("an event id is required");
    }
    ids.putIfAbsent(eventId, Boolean.TRUE);
  }
}
