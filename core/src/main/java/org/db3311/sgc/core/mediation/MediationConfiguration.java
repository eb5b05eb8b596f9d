package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * How a center runs mediation: its routing table, its county (to tell local jurisdiction from
 * another county's) and the place it designates for offline sessions.
 */
public record MediationConfiguration(
    RoutingTable routing, DivisionCode county, String centerPlace) {

  public MediationConfiguration {
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(county, "county");
    if (centerPlace == null || centerPlace.isBlank()) {
      throw new IllegalArgumentException("name the center's mediation rooms");
    }
  }
}
