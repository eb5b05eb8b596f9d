package org.db3311.sgc.core.guidance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Guidance tasks in memory, for tests and embedding; a save honours the version read. */
public final class InMemoryGuidanceTaskRepository implements GuidanceTaskRepository {
  private final Map<String, GuidanceTask> tasks = new LinkedHashMap<>();
  private final Map<String, Version> versions = new java.util.HashMap<>();

  @Override
  public synchronized void save(GuidanceTask task) {
    Version stored = versions.getOrDefault(task.id(), Version.NEW);
    if (!stored.equals(task.version())) {
      throw new OptimisticLockException("GuidanceTask", task.id(), task.version(), stored);
    }
    versions.put(task.id(), stored.next());
    tasks.put(task.id(), task);
    task.markStored(stored.next());
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
