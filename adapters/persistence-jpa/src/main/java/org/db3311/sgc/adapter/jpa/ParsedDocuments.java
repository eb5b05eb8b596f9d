package org.db3311.sgc.adapter.jpa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snapshots parsed from their documents, the most recently used kept, for the read paths that parse
 * the same documents again and again (the overdue lists, the repeat candidates of a registration).
 * Keyed by the document text itself, so an entry can never be stale: a saved aggregate reads as
 * another document. Snapshots are immutable records (their collections copied by their
 * constructors), so one can be shared; callers build their own aggregate from it.
 */
final class ParsedDocuments<R extends Record> {

  private final Class<R> type;
  private final Map<String, R> entries;

  ParsedDocuments(Class<R> type, int capacity) {
    this.type = type;
    this.entries =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, R> eldest) {
            return size() > capacity;
          }
        };
  }

  R read(String document) {
    synchronized (entries) {
      R known = entries.get(document);
      if (known != null) {
        return known;
      }
    }
    // parsed outside the lock: two readers of a new document may both parse it, harmlessly
    R parsed = SnapshotCodec.read(document, type);
    synchronized (entries) {
      entries.put(document, parsed);
    }
    return parsed;
  }
}
