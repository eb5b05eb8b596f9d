package org.db3311.sgc.core.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Snapshots keyed by id, each with its version, checked on every save: the building block of the
 * in-memory repositories. Storing snapshots (immutable records), never the aggregates themselves,
 * means a stale aggregate cannot slip past the version check by sharing an object. A save made
 * inside an {@link InMemoryUnitOfWork} is undone when the unit rolls back.
 *
 * @param <S> the snapshot type
 */
public final class InMemoryVersionedStore<S> {

  private final String aggregateType;
  private final Map<String, Stored<S>> byId = new LinkedHashMap<>();

  public InMemoryVersionedStore(String aggregateType) {
    this.aggregateType = aggregateType;
  }

  /**
   * Stores a snapshot taken at {@code readVersion}.
   *
   * @return the new stored version
   * @throws OptimisticLockException when the stored version is not {@code readVersion}
   */
  public synchronized Version save(String id, Version readVersion, S snapshot) {
    Stored<S> current = byId.get(id);
    Version stored = current == null ? Version.NEW : current.version();
    if (!stored.equals(readVersion)) {
      throw new OptimisticLockException(aggregateType, id, readVersion, stored);
    }
    Version next = stored.next();
    Stored<S> written = new Stored<>(next, snapshot);
    byId.put(id, written);
    InMemoryTransaction.onRollback(() -> undo(id, written, current));
    return next;
  }

  /** Puts back what {@code id} held before {@code written}, unless a later save replaced it. */
  private synchronized void undo(String id, Stored<S> written, Stored<S> previous) {
    if (byId.get(id) != written) {
      return;
    }
    if (previous == null) {
      byId.remove(id);
    } else {
      byId.put(id, previous);
    }
  }

  public synchronized Optional<Stored<S>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every stored snapshot matching the predicate, in insertion order. */
  public synchronized List<Stored<S>> where(Predicate<S> predicate) {
    List<Stored<S>> out = new ArrayList<>();
    for (Stored<S> s : byId.values()) {
      if (predicate.test(s.snapshot())) {
        out.add(s);
      }
    }
    return out;
  }

  /** A snapshot and the version it was stored at. */
  public record Stored<S>(Version version, S snapshot) {}
}
