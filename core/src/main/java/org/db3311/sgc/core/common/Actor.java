package org.db3311.sgc.core.common;

/**
 * Who did something: a member of staff, a party, a leader, or the system itself. Recorded on every
 * audit entry and domain event.
 *
 * @param id a stable identifier (staff number, account, or "system")
 * @param name a display name
 */
public record Actor(String id, String name) {

  /** The system acting on its own (scheduled sweeps, automatic routing). */
  public static final Actor SYSTEM = new Actor("system", "system");

  public Actor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an actor needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor " + id + " needs a name");
    }
  }

  public static Actor of(String id, String name) {
    return new Actor(id, name);
  }
}
