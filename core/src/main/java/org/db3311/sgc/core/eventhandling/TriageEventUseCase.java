package org.db3311.sgc.core.eventhandling;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * Incoming port: decide the event's scope and send it on: assign it (6.3.1.1), put it under the
 * duty county leader (6.3.1.2), or report it to the city (6.3.1.2).
 */
@Implements({"6.3.1.1", "6.3.1.2", "8.2.3"})
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

    record LedByDutyLeader(DutyLeader leader, UnitId lead) implements Outcome {}

    record ReportedToCity(String cityReference) implements Outcome {}

    /** The event needs the duty leader but the roster names none now; nothing changed. */
    record NoDutyLeader(String reason) implements Outcome {}
  }
}
