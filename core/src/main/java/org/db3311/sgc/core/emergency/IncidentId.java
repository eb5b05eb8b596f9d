package org.db3311.sgc.core.emergency;

/** The id of an incident, e.g. {@code EM-2026-0001}. */
public record IncidentId(String value) {

  public IncidentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an incident id is not blank");
    }
  }

  public static IncidentId of(String value) {
    return new IncidentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
