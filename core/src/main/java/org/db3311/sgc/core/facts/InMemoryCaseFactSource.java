package org.db3311.sgc.core.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
    facts.put(fact.id(), fact);
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
