package org.db3311.sgc.core.warning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Warnings in memory, for tests and embedding. */
public final class InMemoryWarningRepository implements WarningRepository {
  private final Map<String, Warning> warnings = new LinkedHashMap<>();

  @Override
  public synchronized void save(Warning warning) {
    warnings.put(warning.id(), warning);
  }

  @Override
  public synchronized Optional<Warning> find(String id) {
    return Optional.ofNullable(warnings.get(id));
  }

  @Override
  public synchronized Optional<Warning> openAbout(WarningSubject subject) {
    return warnings.values().stream()
        .filter(w -> w.isOpen() && w.subject().equals(subject))
        .findFirst();
  }

  @Override
  public synchronized List<Warning> all() {
    return new ArrayList<>(warnings.values());
  }
}
