package org.db3311.sgc.core.evaluation.improvement;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/**
 * Corrective actions in memory, for tests and embedding: snapshots, each save checked by version.
 */
public final class InMemoryCorrectiveActionRepository implements CorrectiveActionRepository {

  private final InMemoryVersionedStore<CorrectiveActionSnapshot> store =
      new InMemoryVersionedStore<>("CorrectiveAction");

  @Override
  public void save(CorrectiveAction action) {
    action.markStored(store.save(action.id().value(), action.version(), action.snapshot()));
  }

  @Override
  public Optional<CorrectiveAction> find(CorrectiveActionId id) {
    return store
        .find(id.value())
        .map(s -> CorrectiveAction.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<CorrectiveAction> all() {
    return store.where(s -> true).stream()
        .map(s -> CorrectiveAction.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<CorrectiveActionId> ids() {
    return store.where(s -> true).stream().map(s -> s.snapshot().id()).toList();
  }
}
