package org.db3311.sgc.core.eventhandling;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * Incoming port: decide the event's scope and send it on: assign it (6.3.1.1), put it under the
 * duty county leader (6.3.1.2), report it to the city (6.3.1.2), or transfer it to the county it
 * lies in (ruling R12).
 */
@Implements({"6.3.1.1", "6.3.1.2", "8.2.3", "R12"})
public interface TriageEventUseCase {

  Outcome triage(Command command);

  record Command(RegistrationNumber matter, TriageFacts facts, Actor actor) {
    public Command {
      Objects.requireNonNull(matter, "matter");
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** Where the event went. */
  sealed interface Outcome {
    record Assigned(UnitId lead) implements Outcome {}

    /** Several units, none named to lead (6.3.1.1 allows it): the center follows the event. */
    record AssignedWithoutLead(List<UnitId> units) implements Outcome {
      public AssignedWithoutLead {
        units = List.copyOf(units);
      }
    }

    /**
     * @param lead the unit supervision follows: the lead unit, or the center when none was named
     */
    record LedByDutyLeader(DutyLeader leader, UnitId lead) implements Outcome {}

    /** No duty leader was found: the fallback leader leads, and the event carries why. */
    record LedByFallbackLeader(DutyLeader leader, UnitId lead, String reason) implements Outcome {}

    record ReportedToCity(String cityReference) implements Outcome {}

    /** Wholly in another county: transferred to that county's center, not reported up (R12). */
    record TransferredToCounty(DivisionCode county, String reference) implements Outcome {}
  }
}
