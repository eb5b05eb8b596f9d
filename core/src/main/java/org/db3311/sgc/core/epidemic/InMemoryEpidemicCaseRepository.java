package org.db3311.sgc.core.epidemic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Epidemic cases in memory, for tests and embedding. */
public final class InMemoryEpidemicCaseRepository implements EpidemicCaseRepository {
  private final Map<String, EpidemicCase> cases = new LinkedHashMap<>();

  @Override
  public synchronized void save(EpidemicCase c) {
    cases.put(c.id(), c);
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
