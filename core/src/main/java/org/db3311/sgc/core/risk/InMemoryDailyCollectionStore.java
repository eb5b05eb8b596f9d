package org.db3311.sgc.core.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.db3311.sgc.core.common.InMemoryTransaction;

/**
 * Daily collections in memory, for tests and embedding; a collection added inside an in-memory unit
 * of work that rolls back is removed again.
 */
public final class InMemoryDailyCollectionStore implements DailyCollectionStore {
  private final TreeMap<LocalDate, DailyCollection> byDay = new TreeMap<>();

  @Override
  public synchronized void add(DailyCollection collection) {
    if (byDay.putIfAbsent(collection.day(), collection) != null) {
      throw new IllegalStateException(collection.day() + " is already collected");
    }
    InMemoryTransaction.onRollback(() -> remove(collection));
  }

  private synchronized void remove(DailyCollection collection) {
    byDay.remove(collection.day(), collection);
  }

  @Override
  public synchronized Optional<DailyCollection> find(LocalDate day) {
    return Optional.ofNullable(byDay.get(day));
  }

  @Override
  public synchronized List<DailyCollection> between(LocalDate from, LocalDate toExclusive) {
    return new ArrayList<>(byDay.subMap(from, toExclusive).values());
  }
}
