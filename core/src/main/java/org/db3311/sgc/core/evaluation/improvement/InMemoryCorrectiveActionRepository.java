package org.db3311.sgc.core.evaluation.improvement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Corrective actions in memory, for tests and embedding. */
public final class InMemoryCorrectiveActionRepository implements CorrectiveActionRepository {
  private final Map<String, CorrectiveAction> actions = new LinkedHashMap<>();

  @Override
  public synchronized void save(CorrectiveAction action) {
    actions.put(action.id(), action);
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
