package org.db3311.sgc.core.emergency;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;

/** Incidents in memory, for tests and embedding: snapshots, each save checked by version. */
public final class InMemoryIncidentRepository implements IncidentRepository {

  private final InMemoryVersionedStore<IncidentSnapshot> store =
      new InMemoryVersionedStore<>("Incident");

  @Override
  public void save(Incident incident) {
    incident.markStored(store.save(incident.id().value(), incident.version(), incident.snapshot()));
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return store.find(id.value()).map(s -> Incident.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<Incident> all() {
    return store.where(s -> true).stream()
        .map(s -> Incident.fromSnapshot(s.snapshot(), s.version()))
        .toList();
  }

  @Override
  public List<IncidentId> ids() {
    return store.where(s -> true).stream().map(s -> s.snapshot().id()).toList();
  }
}
