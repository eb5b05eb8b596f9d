package org.db3311.sgc.core.guidance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Guidance tasks in memory, for tests and embedding. */
public final class InMemoryGuidanceTaskRepository implements GuidanceTaskRepository {
  private final Map<String, GuidanceTask> tasks = new LinkedHashMap<>();

  @Override
  public synchronized void save(GuidanceTask task) {
    tasks.put(task.id(), task);
  }

  @Override
  public synchronized Optional<GuidanceTask> find(String id) {
    return Optional.ofNullable(tasks.get(id));
  }

  @Override
  public synchronized List<GuidanceTask> all() {
    return new ArrayList<>(tasks.values());
  }
}
