package org.db3311.sgc.core.eventhandling;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;

/**
 * The center's county (events outside it go to the city), the city center's unit id, and the
 * center's own unit that triages events: a declined assignment waits there for re-triage.
 */
public record EventHandlingConfiguration(DivisionCode county, UnitId cityCenter, UnitId center) {

  /** The unit a declined event waits at when the deployment names none. */
  public static final UnitId DEFAULT_CENTER = UnitId.of("center-dispatch");

  public EventHandlingConfiguration {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(cityCenter, "cityCenter");
    Objects.requireNonNull(center, "center");
  }

  /** A configuration whose triaging unit is {@link #DEFAULT_CENTER}. */
  public EventHandlingConfiguration(DivisionCode county, UnitId cityCenter) {
    this(county, cityCenter, DEFAULT_CENTER);
  }
}
