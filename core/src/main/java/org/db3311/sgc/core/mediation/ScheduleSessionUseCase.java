package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: schedule a session, online by video or at the center by appointment. When the
 * applicant chose online mediation or a visit at the 解纷码 entry (6.1.1.2.1), that choice decides the
 * mode; an offline session the applicant chose is booked by a party (6.2.1.1.2).
 */
@Implements({"6.2.1.1.2", "6.1.1.2.1"})
public interface ScheduleSessionUseCase {

  Session schedule(Command command);

  /**
   * @param mode the mode; empty to take the applicant's choice, which a given mode must match
   * @param bookedBy for an offline session, the party who booked it online
   */
  record Command(
      MediationCaseId id,
      Optional<Mode> mode,
      Instant startsAt,
      Optional<String> bookedBy,
      Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(startsAt, "startsAt");
      Objects.requireNonNull(bookedBy, "bookedBy");
      if (mode.equals(Optional.of(Mode.ONLINE)) && bookedBy.isPresent()) {
        throw new IllegalArgumentException("online sessions are not booked by a party");
      }
      Objects.requireNonNull(actor, "actor");
    }

    /** A session in the given mode. */
    public Command(
        MediationCaseId id, Mode mode, Instant startsAt, Optional<String> bookedBy, Actor actor) {
      this(id, Optional.of(mode), startsAt, bookedBy, actor);
    }

    /** A session in the mode the applicant chose at the 解纷码 entry. */
    public static Command asChosen(
        MediationCaseId id, Instant startsAt, Optional<String> bookedBy, Actor actor) {
      return new Command(id, Optional.empty(), startsAt, bookedBy, actor);
    }
  }

  /** Online (video) or offline (at the center). */
  enum Mode {
    ONLINE,
    OFFLINE
  }
}
