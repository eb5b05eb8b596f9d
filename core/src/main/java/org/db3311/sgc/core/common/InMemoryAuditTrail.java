package org.db3311.sgc.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AuditTrail} held in memory, for tests and embedding; an entry appended inside an {@link
 * InMemoryUnitOfWork} goes when the unit rolls back.
 */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    entries.add(java.util.Objects.requireNonNull(entry, "entry"));
    InMemoryTransaction.onRollback(() -> remove(entry));
  }

  private synchronized void remove(AuditEntry entry) {
    int i = entries.lastIndexOf(entry);
    if (i >= 0) {
      entries.remove(i);
    }
  }

  @Override
  public synchronized List<AuditEntry> of(String aggregateType, String aggregateId) {
    return entries.stream()
        .filter(e -> e.aggregateType().equals(aggregateType) && e.aggregateId().equals(aggregateId))
        .toList();
  }

  /** Every entry, oldest first. */
  public synchronized List<AuditEntry> all() {
    return List.copyOf(new ArrayList<>(entries));
  }
}
