package org.db3311.sgc.core.mediation;

import java.util.Objects;

/** Where routing sent a dispute, by which rule, and why (so the choice can be explained). */
public record RoutingDecision(Venue venue, String rule, String explanation) {

  public RoutingDecision {
    Objects.requireNonNull(venue, "venue");
    if (rule == null || rule.isBlank() || explanation == null || explanation.isBlank()) {
      throw new IllegalArgumentException("a routing decision names its rule and explains it");
    }
  }
}
