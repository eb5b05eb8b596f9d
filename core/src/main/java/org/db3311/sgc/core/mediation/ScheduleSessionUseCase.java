package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: schedule a session, online by video or at the center by appointment. */
@Implements("6.2.1.1.2")
public interface ScheduleSessionUseCase {

  Session schedule(Command command);

  /**
   * @param bookedBy for an offline session, the party who booked it online, if any
   */
  record Command(
      MediationCaseId id, Mode mode, Instant startsAt, Optional<String> bookedBy, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(startsAt, "startsAt");
      Objects.requireNonNull(bookedBy, "bookedBy");
      if (mode == Mode.ONLINE && bookedBy.isPresent()) {
        throw new IllegalArgumentException("online sessions are not booked by a party");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** Online (video) or offline (at the center). */
  enum Mode {
    ONLINE,
    OFFLINE
  }
}
