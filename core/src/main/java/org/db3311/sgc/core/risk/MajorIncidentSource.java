package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outgoing port: the grade I and II emergencies (特别重大、重大突发事件) risk analysis must report one by one.
 * {@link IncidentRepositoryMajorIncidents} reads them from the emergency subdomain.
 */
public interface MajorIncidentSource {

  /** Every incident graded I or II, with its grade as it stands. */
  List<MajorIncident> majorIncidents();

  /**
   * A grade I or II emergency.
   *
   * @param grade "I" or "II"
   */
  record MajorIncident(
      String id, String grade, String summary, Instant discoveredAt, Optional<Instant> closedAt) {
    public MajorIncident {
      if (id == null || id.isBlank() || summary == null || summary.isBlank()) {
        throw new IllegalArgumentException("a major incident has an id and a summary");
      }
      if (!"I".equals(grade) && !"II".equals(grade)) {
        throw new IllegalArgumentException("a major incident is of grade I or II, not " + grade);
      }
      Objects.requireNonNull(discoveredAt, "discoveredAt");
      Objects.requireNonNull(closedAt, "closedAt");
    }
  }
}
