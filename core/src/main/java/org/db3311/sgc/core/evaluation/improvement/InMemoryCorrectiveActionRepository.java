package org.db3311.sgc.core.evaluation.improvement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Corrective actions in memory, for tests and embedding; a save honours the version read. */
public final class InMemoryCorrectiveActionRepository implements CorrectiveActionRepository {
  private final Map<String, CorrectiveAction> actions = new LinkedHashMap<>();
  private final Map<String, Version> versions = new java.util.HashMap<>();

  @Override
  public synchronized void save(CorrectiveAction action) {
    Version stored = versions.getOrDefault(action.id(), Version.NEW);
    if (!stored.equals(action.version())) {
      throw new OptimisticLockException("CorrectiveAction", action.id(), action.version(), stored);
    }
    versions.put(action.id(), stored.next());
    actions.put(action.id(), action);
    action.markStored(stored.next());
  }

  @Override
  public synchronized Optional<CorrectiveAction> find(String id) {
    return Optional.ofNullable(actions.get(id));
  }

  @Override
  public synchronized List<CorrectiveAction> all() {
    return new ArrayList<>(actions.values());
  }
}
