package org.db3311.sgc.core.epidemic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Epidemic cases in memory, for tests and embedding; a save honours the version read. */
public final class InMemoryEpidemicCaseRepository implements EpidemicCaseRepository {
  private final Map<String, EpidemicCase> cases = new LinkedHashMap<>();
  private final Map<String, Version> versions = new java.util.HashMap<>();

  @Override
  public synchronized void save(EpidemicCase c) {
    Version stored = versions.getOrDefault(c.id(), Version.NEW);
    if (!stored.equals(c.version())) {
      throw new OptimisticLockException("EpidemicCase", c.id(), c.version(), stored);
    }
    versions.put(c.id(), stored.next());
    cases.put(c.id(), c);
    c.markStored(stored.next());
  }

  @Override
  public synchronized Optional<EpidemicCase> find(String id) {
    return Optional.ofNullable(cases.get(id));
  }

  @Override
  public synchronized List<EpidemicCase> all() {
    return new ArrayList<>(cases.values());
  }
}
