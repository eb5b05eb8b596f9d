package org.db3311.sgc.core.warning;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** Warnings in memory, for tests and embedding: snapshots, each save checked by version. */
public final class InMemoryWarningRepository implements WarningRepository {

  private final InMemoryVersionedStore<WarningSnapshot> store =
      new InMemoryVersionedStore<>("Warning");

  @Override
  public void save(Warning warning) {
    warning.markStored(store.save(warning.id().value(), warning.version(), warning.snapshot()));
  }

  @Override
  public Optional<Warning> find(WarningId id) {
    return store.find(id.value()).map(s -> Warning.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public Optional<Warning> openAbout(WarningSubject subject) {
    return store
        .where(
            s ->
                s.subject().equals(subject)
                    && s.state() != Warning.State.CLOSED
                    && s.state() != Warning.State.DISMISSED)
        .stream()
        .findFirst()
        .map(s -> Warning.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<Warning> all() {
    return store.where(s -> true).stream()
        .map(s -> Warning.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<WarningId> ids() {
    return store.where(s -> true).stream().map(s -> s.snapshot().id()).toList();
  }
}
