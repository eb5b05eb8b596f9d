package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.intake.Place;

/** What routing looks at: the dispute type, where it arose, and whose jurisdiction it is. */
public record RoutingFacts(
    String categoryCode, Place place, RoutingRule.Jurisdiction jurisdiction) {

  public RoutingFacts {
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new IllegalArgumentException("routing needs the dispute type");
    }
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
  }
}
