package org.db3311.sgc.core.eventhandling;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;

/**
 * What the dispatcher establishes about an event: the units that must act, the lead among them if
 * the center names one, and how far the event reaches.
 *
 * @param units the units to act (townships/streets or county departments)
 * @param lead the lead unit; with several units the center may name one (可明确, 6.3.1.1), or not
 * @param crossLevel involves several levels of government
 * @param crossDepartment involves departments that do not answer to one another
 * @param crossRegion involves several townships or streets
 * @param cityLevel concerns the city level (beyond the county's powers)
 * @param counties the county-level divisions where the event's places or parties lie besides the
 *     place it was registered at (ruling R12); empty when there are none
 */
@Implements({"6.3.1.1", "R12"})
public record TriageFacts(
    List<UnitId> units,
    Optional<UnitId> lead,
    boolean crossLevel,
    boolean crossDepartment,
    boolean crossRegion,
    boolean cityLevel,
    Set<DivisionCode> counties) {

  public TriageFacts {
    units = List.copyOf(units);
    Objects.requireNonNull(lead, "lead");
    if (units.isEmpty() && !cityLevel) {
      throw new IllegalArgumentException("name the units that must act");
    }
    if (lead.isPresent() && !units.contains(lead.get())) {
      throw new IllegalArgumentException("the lead unit is one of the units");
    }
    counties = Set.copyOf(counties);
  }

  /** Facts of an event whose places and parties all lie in the county it was registered in. */
  public TriageFacts(
      List<UnitId> units,
      Optional<UnitId> lead,
      boolean crossLevel,
      boolean crossDepartment,
      boolean crossRegion,
      boolean cityLevel) {
    this(units, lead, crossLevel, crossDepartment, crossRegion, cityLevel, Set.of());
  }

  /** A general event for one unit. */
  public static TriageFacts single(UnitId unit) {
    return new TriageFacts(List.of(unit), Optional.of(unit), false, false, false, false);
  }

  /** These facts with the further counties the event's places or parties lie in. */
  public TriageFacts alsoIn(Set<DivisionCode> more) {
    Set<DivisionCode> all = new LinkedHashSet<>(counties);
    all.addAll(more);
    return new TriageFacts(units, lead, crossLevel, crossDepartment, crossRegion, cityLevel, all);
  }

  /**
   * The units acting besides the {@link #answerableUnit() answerable unit}: every unit when several
   * act without a named lead, none when one unit acts alone (named as lead or not).
   */
  public Set<UnitId> participants() {
    Set<UnitId> others = new LinkedHashSet<>(units);
    answerableUnit().ifPresent(others::remove);
    return Collections.unmodifiableSet(others);
  }

  /**
   * The unit answerable for the event: the lead when one was named, else the only unit; empty for
   * several units without a lead.
   */
  public Optional<UnitId> answerableUnit() {
    return lead.or(() -> units.size() == 1 ? Optional.of(units.getFirst()) : Optional.empty());
  }
}
