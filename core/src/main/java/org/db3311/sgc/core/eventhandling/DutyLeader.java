package org.db3311.sgc.core.eventhandling;

/** The county-level leader on duty (值班县级领导). */
public record DutyLeader(String id, String name) {

  public DutyLeader {
    if (id == null || id.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a duty leader has an id and a name");
    }
  }
}
