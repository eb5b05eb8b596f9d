package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Outgoing port of event handling: which county leader an escalated event goes to at a moment.
 * Never empty: when no duty leader is found the answer is a fallback leader, with the reason, so an
 * escalated event is never left unseen (6.3.1.2).
 */
@Implements("6.3.1.2")
public interface DutyLeaders {

  DutyCall callAt(Instant at);

  /** Who takes an escalated event. */
  sealed interface DutyCall {

    DutyLeader leader();

    /** The leader on duty by the published roster. */
    record OnDuty(DutyLeader leader) implements DutyCall {
      public OnDuty {
        Objects.requireNonNull(leader, "leader");
      }
    }

    /** No published shift covers the moment; the fallback leader takes it, and why. */
    record Fallback(DutyLeader leader, String reason) implements DutyCall {
      public Fallback {
        Objects.requireNonNull(leader, "leader");
        if (reason == null || reason.isBlank()) {
          throw new IllegalArgumentException("a fallback states why no duty leader was found");
        }
      }
    }
  }
}
