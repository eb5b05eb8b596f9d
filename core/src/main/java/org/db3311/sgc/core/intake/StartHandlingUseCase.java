package org.db3311.sgc.core.intake;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: hand an accepted matter to a handling track (mediation, event handling). */
public interface StartHandlingUseCase {

  void startHandling(Command command);

  record Command(RegistrationNumber number, Handling handling, Actor actor) {
    public Command {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(handling, "handling");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
