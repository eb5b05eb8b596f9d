package org.db3311.sgc.core.mediation;

import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * How a center runs mediation: its routing table, its county (to tell local jurisdiction from
 * another county's), the place it designates for offline sessions, and the categories of event
 * matters that may be mediated besides disputes.
 *
 * @param mediableEventCategories event categories mediation may take, e.g. {@code event.petition}
 *     (信访问题): a petition often carries a dispute the parties are willing to mediate
 */
public record MediationConfiguration(
    RoutingTable routing,
    DivisionCode county,
    String centerPlace,
    Set<String> mediableEventCategories) {

  /** The event categories mediation takes unless a deployment says otherwise. */
  public static final Set<String> DEFAULT_MEDIABLE_EVENTS = Set.of("event.petition");

  public MediationConfiguration {
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(county, "county");
    if (centerPlace == null || centerPlace.isBlank()) {
      throw new IllegalArgumentException("name the center's mediation rooms");
    }
    mediableEventCategories = Set.copyOf(mediableEventCategories);
  }

  /** A configuration whose mediation also takes petition matters (信访问题). */
  public MediationConfiguration(RoutingTable routing, DivisionCode county, String centerPlace) {
    this(routing, county, centerPlace, DEFAULT_MEDIABLE_EVENTS);
  }
}
