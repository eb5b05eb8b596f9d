package org.db3311.sgc.core.facts;

/**
 * The highest level a matter has reached (6.3.1.2): handled where it arose, by a county department,
 * by the duty county leader, or reported to the city center.
 */
public enum EscalationLevel {
  LOCAL,
  COUNTY_DEPARTMENT,
  COUNTY_LEADER,
  CITY;

  /** How many levels above {@link #LOCAL}. */
  public int steps() {
    return ordinal();
  }
}
