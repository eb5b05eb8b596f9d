package org.db3311.sgc.core.emergency;

import java.util.List;
import java.util.Optional;

/** Outgoing port: incidents. */
public interface IncidentRepository {
  void save(Incident incident);

  Optional<Incident> find(String id);

  List<Incident> all();
}
