package org.db3311.sgc.core.emergency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents in memory, for tests and embedding. */
public final class InMemoryIncidentRepository implements IncidentRepository {
  private final Map<String, Incident> incidents = new LinkedHashMap<>();

  @Override
  public synchronized void save(Incident incident) {
    incidents.put(incident.id(), incident);
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
