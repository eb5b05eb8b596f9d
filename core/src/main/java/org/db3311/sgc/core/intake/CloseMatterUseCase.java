package org.db3311.sgc.core.intake;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: close a matter with its result (办结). */
public interface CloseMatterUseCase {

  void close(Command command);

  record Command(RegistrationNumber number, MatterResult result, Actor actor) {
    public Command {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
