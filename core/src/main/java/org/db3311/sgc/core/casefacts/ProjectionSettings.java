package org.db3311.sgc.core.casefacts;

import java.time.ZoneId;
import java.util.Objects;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/**
 * What the projection needs besides the events: the working-day calendar and zone that turn
 * supervision's deadlines into instants, the person keyer, the kind mapping, the unit a file is
 * filed under when no handling unit was ever named, and the archivist who seals files.
 */
public record ProjectionSettings(
    WorkingCalendar calendar,
    ZoneId zone,
    PersonKeyer persons,
    KindMapping kinds,
    UnitId intakeUnit,
    Actor archivist) {

  public ProjectionSettings {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(persons, "persons");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(intakeUnit, "intakeUnit");
    Objects.requireNonNull(archivist, "archivist");
  }

  /** Default kinds, intake unit {@code center-intake}, the system sealing. */
  public static ProjectionSettings of(WorkingCalendar calendar, ZoneId zone, PersonKeyer persons) {
    return new ProjectionSettings(
        calendar, zone, persons, KindMapping.defaults(), UnitId.of("center-intake"), Actor.SYSTEM);
  }
}
