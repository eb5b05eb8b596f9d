package org.db3311.sgc.core.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.core.common.InMemoryTransaction;

/**
 * Holds the latest fact per matter in memory: the projection's store for tests, embedding and the
 * benchmark. {@link #upsert} replaces a matter's fact as casework reports its progress.
 */
public final class InMemoryCaseFactSource implements CaseFactStore {

  private final Map<MatterId, MatterFact> facts = new LinkedHashMap<>();

  public InMemoryCaseFactSource() {}

  public InMemoryCaseFactSource(Collection<MatterFact> initial) {
    initial.forEach(this::upsert);
  }

  @Override
  public synchronized void upsert(MatterFact fact) {
    MatterFact previous = facts.put(fact.id(), fact);
    InMemoryTransaction.onRollback(() -> undo(fact, previous));
  }

  /** Puts back what the matter held before {@code written}, unless a later upsert replaced it. */
  private synchronized void undo(MatterFact written, MatterFact previous) {
    if (facts.get(written.id()) != written) {
      return;
    }
    if (previous == null) {
      facts.remove(written.id());
    } else {
      facts.put(written.id(), previous);
    }
  }

  @Override
  public synchronized Stream<MatterFact> all() {
    return new ArrayList<>(facts.values()).stream();
  }

  @Override
  public synchronized Optional<MatterFact> find(MatterId id) {
    return Optional.ofNullable(facts.get(id));
  }

  public synchronized int size() {
    return facts.size();
  }
}
