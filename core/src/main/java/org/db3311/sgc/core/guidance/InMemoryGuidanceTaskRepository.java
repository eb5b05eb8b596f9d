package org.db3311.sgc.core.guidance;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** Guidance tasks in memory, for tests and embedding: snapshots, each save checked by version. */
public final class InMemoryGuidanceTaskRepository implements GuidanceTaskRepository {

  private final InMemoryVersionedStore<GuidanceTaskSnapshot> store =
      new InMemoryVersionedStore<>("GuidanceTask");

  @Override
  public void save(GuidanceTask task) {
    task.markStored(store.save(task.id().value(), task.version(), task.snapshot()));
  }

  @Override
  public Optional<GuidanceTask> find(GuidanceTaskId id) {
    return store.find(id.value()).map(s -> GuidanceTask.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<GuidanceTask> all() {
    return store.where(s -> true).stream()
        .map(s -> GuidanceTask.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<GuidanceTaskId> ids() {
    return store.where(s -> true).stream().map(s -> s.snapshot().id()).toList();
  }
}
