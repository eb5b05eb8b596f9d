package org.db3311.sgc.core.eventhandling;

/** How far an event reaches, which decides who leads it (6.3.1.1, 6.3.1.2, ruling R12). */
public enum EventScope {
  /** 一般社会治理事件: assigned to a township/street or county department. */
  GENERAL,
  /** 多跨: cross-level, cross-department or cross-region; led by the duty county leader. */
  CROSS_BOUNDARY,
  /** 涉市级、跨县域: city-level, or places or parties in more than one county; reported to the city. */
  CITY_LEVEL,
  /** Wholly in another county: transferred to that county's center, not reported up (R12). */
  OTHER_COUNTY
}
