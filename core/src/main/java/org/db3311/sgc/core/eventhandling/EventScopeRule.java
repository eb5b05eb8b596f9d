package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.Place;

/**
 * Decides an event's scope: city-level or outside the county → reported to the city (涉市级、跨县域);
 * cross-level, cross-department or cross-region → led by the duty county leader (多跨); otherwise a
 * general event.
 */
@Implements({"6.3.1.1", "6.3.1.2"})
public final class EventScopeRule {

  public EventScope scopeOf(TriageFacts facts, Place place, DivisionCode county) {
    if (facts.cityLevel() || !place.county().equals(county)) {
      return EventScope.CITY_LEVEL;
    }
    if (facts.crossLevel() || facts.crossDepartment() || facts.crossRegion()) {
      return EventScope.CROSS_BOUNDARY;
    }
    return EventScope.GENERAL;
  }
}
