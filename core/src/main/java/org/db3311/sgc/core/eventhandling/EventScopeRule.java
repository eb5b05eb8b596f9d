package org.db3311.sgc.core.eventhandling;

import java.util.LinkedHashSet;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.Place;

/**
 * Decides an event's scope. Ruling R12 reads 跨县域 (6.3.1.2): an event whose places or parties lie in
 * more than one county, or a city-level one, is reported up to the city center (涉市级、跨县域); an event
 * lying wholly in another county is transferred to that county's center. Otherwise a cross-level,
 * cross-department or cross-region event is led by the duty county leader (多跨), and anything else
 * is a general event (6.3.1.1).
 */
@Implements({"6.3.1.1", "6.3.1.2", "R12"})
final class EventScopeRule {

  public EventScope scopeOf(TriageFacts facts, Place place, DivisionCode county) {
    Set<DivisionCode> counties = new LinkedHashSet<>();
    counties.add(place.county());
    counties.addAll(facts.counties());
    if (facts.cityLevel() || counties.size() > 1) {
      return EventScope.CITY_LEVEL;
    }
    if (!counties.contains(county)) {
      return EventScope.OTHER_COUNTY;
    }
    if (facts.crossLevel() || facts.crossDepartment() || facts.crossRegion()) {
      return EventScope.CROSS_BOUNDARY;
    }
    return EventScope.GENERAL;
  }
}
