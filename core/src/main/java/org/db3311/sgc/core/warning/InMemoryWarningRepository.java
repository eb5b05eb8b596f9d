package org.db3311.sgc.core.warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Warnings in memory, for tests and embedding; a save honours the warning's version. */
public final class InMemoryWarningRepository implements WarningRepository {
  private final Map<String, Warning> warnings = new LinkedHashMap<>();
  private final Map<String, Version> versions = new HashMap<>();

  @Override
  public synchronized void save(Warning warning) {
    Version stored = versions.getOrDefault(warning.id(), Version.NEW);
    if (!stored.equals(warning.version())) {
      throw new OptimisticLockException("Warning", warning.id(), warning.version(), stored);
    }
    versions.put(warning.id(), stored.next());
    warnings.put(warning.id(), warning);
    warning.markStored(stored.next());
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
