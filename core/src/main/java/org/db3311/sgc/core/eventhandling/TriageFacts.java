package org.db3311.sgc.core.eventhandling;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.UnitId;

/**
 * What the dispatcher establishes about an event: the units that must act, the lead among them, and
 * how far the event reaches.
 *
 * @param units the units to act (townships/streets or county departments)
 * @param lead the lead unit; required when several units act
 * @param crossLevel involves several levels of government
 * @param crossDepartment involves departments that do not answer to one another
 * @param crossRegion involves several townships or streets
 * @param cityLevel concerns the city level
 */
public record TriageFacts(
    List<UnitId> units,
    Optional<UnitId> lead,
    boolean crossLevel,
    boolean crossDepartment,
    boolean crossRegion,
    boolean cityLevel) {

  public TriageFacts {
    units = List.copyOf(units);
    Objects.requireNonNull(lead, "lead");
    if (units.isEmpty() && !cityLevel) {
      throw new IllegalArgumentException("name the units that must act");
    }
    if (units.size() > 1 && lead.isEmpty()) {
      throw new IllegalArgumentException("with several units, name the lead unit");
    }
    if (lead.isPresent() && !units.contains(lead.get())) {
      throw new IllegalArgumentException("the lead unit is one of the units");
    }
  }

  /** A general event for one unit. */
  public static TriageFacts single(UnitId unit) {
    return new TriageFacts(List.of(unit), Optional.of(unit), false, false, false, false);
  }

  /** The units acting besides the lead. */
  public Set<UnitId> participants() {
    Set<UnitId> others = new LinkedHashSet<>(units);
    lead.or(() -> units.stream().findFirst()).ifPresent(others::remove);
    return Collections.unmodifiableSet(others);
  }

  /** The unit answerable for the event. */
  public UnitId leadUnit() {
    return lead.orElse(units.getFirst());
  }
}
