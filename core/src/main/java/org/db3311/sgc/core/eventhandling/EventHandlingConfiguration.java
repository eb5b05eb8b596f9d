package org.db3311.sgc.core.eventhandling;

import java.util.Objects;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;

/** The center's county (events outside it go to the city) and the city center's unit id. */
public record EventHandlingConfiguration(DivisionCode county, UnitId cityCenter) {

  public EventHandlingConfiguration {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(cityCenter, "cityCenter");
  }
}
