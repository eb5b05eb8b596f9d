package org.db3311.sgc.core.epidemic;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** Epidemic cases in memory, for tests and embedding: snapshots, each save checked by version. */
public final class InMemoryEpidemicCaseRepository implements EpidemicCaseRepository {

  private final InMemoryVersionedStore<EpidemicCaseSnapshot> store =
      new InMemoryVersionedStore<>("EpidemicCase");

  @Override
  public void save(EpidemicCase c) {
    c.markStored(store.save(c.id().value(), c.version(), c.snapshot()));
  }

  @Override
  public Optional<EpidemicCase> find(EpidemicCaseId id) {
    return store.find(id.value()).map(s -> EpidemicCase.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<EpidemicCase> all() {
    return store.where(s -> true).stream()
        .map(s -> EpidemicCase.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<EpidemicCaseId> ids() {
    return store.where(s -> true).stream().map(s -> s.snapshot().id()).toList();
  }
}
