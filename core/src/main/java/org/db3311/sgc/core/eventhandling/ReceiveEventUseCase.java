package org.db3311.sgc.core.eventhandling;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Incoming port: take an accepted event matter into event handling. */
public interface ReceiveEventUseCase {

  void receive(Command command);

  record Command(RegistrationNumber matter, Actor actor) {
    public Command {
      Objects.requireNonNull(matter, "matter");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
