package org.db3311.sgc.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentRepository;

/** The grade I–II incidents of the emergency subdomain, read from its repository. */
public final class IncidentRepositoryMajorIncidents implements MajorIncidentSource {

  private final IncidentRepository incidents;

  public IncidentRepositoryMajorIncidents(IncidentRepository incidents) {
    this.incidents = Objects.requireNonNull(incidents, "incidents");
  }

  @Override
  public List<MajorIncident> majorIncidents() {
    List<MajorIncident> out = new ArrayList<>();
    for (Incident i : incidents.all()) {
      // an incident not graded yet has no grade to judge it by
      if (i.gradings().isEmpty() || !i.grade().isMajor()) {
        continue;
      }
      out.add(
          new MajorIncident(
              i.id().value(),
              i.grade().name(),
              i.discovery().summary(),
              i.discovery().at(),
              i.closedAt()));
    }
    return out;
  }
}
