package org.db3311.sgc.core.emergency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/** Incidents in memory, for tests and embedding; a save honours the version read. */
public final class InMemoryIncidentRepository implements IncidentRepository {
  private final Map<String, Incident> incidents = new LinkedHashMap<>();
  private final Map<String, Version> versions = new java.util.HashMap<>();

  @Override
  public synchronized void save(Incident incident) {
    Version stored = versions.getOrDefault(incident.id(), Version.NEW);
    if (!stored.equals(incident.version())) {
      throw new OptimisticLockException("Incident", incident.id(), incident.version(), stored);
    }
    versions.put(incident.id(), stored.next());
    incidents.put(incident.id(), incident);
    incident.markStored(stored.next());
  }

  @Override
  public synchronized Optional<Incident> find(String id) {
    return Optional.ofNullable(incidents.get(id));
  }

  @Override
  public synchronized List<Incident> all() {
    return new ArrayList<>(incidents.values());
  }
}
