package org.db3311.sgc.core.emergency;

import java.util.List;
import java.util.Optional;

/** Outgoing port: incidents. */
public interface IncidentRepository {
  /**
   * Stores it at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at
   */
  void save(Incident incident);

  Optional<Incident> find(IncidentId id);

  List<Incident> all();

  /**
   * Every stored incident's id: sweeps read each incident on its own, so one unreadable incident is
   * reported without stopping the others.
   */
  List<IncidentId> ids();
}
