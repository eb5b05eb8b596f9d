package org.db3311.sgc.core.supervision;

import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/** Incoming port: put an accepted matter, assigned to a unit, under supervision (6.2.1.3). */
@Implements("6.2.1.3")
public interface OpenSupervisionUseCase {

  void open(Command command);

  /**
   * @param subject the supervised matter's reference, e.g. its registration number
   * @param categoryCode selects the deadlines of the {@link DeadlinePolicy}
   * @param unit the lead unit
   * @param participants the other units taking part (joint mediation, co-handled event)
   */
  record Command(
      String subject,
      String title,
      String categoryCode,
      UnitId unit,
      Set<UnitId> participants,
      Actor actor) {
    public Command {
      if (subject == null || subject.isBlank() || title == null || title.isBlank()) {
        throw new IllegalArgumentException("supervision needs the subject and a title");
      }
      if (categoryCode == null || categoryCode.isBlank()) {
        throw new IllegalArgumentException("supervision needs the category");
      }
      Objects.requireNonNull(unit, "unit");
      participants = Set.copyOf(participants);
      if (participants.contains(unit)) {
        throw new IllegalArgumentException("the lead unit " + unit + " is not also a participant");
      }
      Objects.requireNonNull(actor, "actor");
    }

    /** A matter handled by one unit alone. */
    public Command(String subject, String title, String categoryCode, UnitId unit, Actor actor) {
      this(subject, title, categoryCode, unit, Set.of(), actor);
    }
  }
}
