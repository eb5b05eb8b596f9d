package org.db3311.sgc.core.intake;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: reopen a closed matter (e.g. after a dissatisfied follow-up). */
public interface ReopenMatterUseCase {

  void reopen(Command command);

  record Command(RegistrationNumber number, String reason, Actor actor) {
    public Command {
      Objects.requireNonNull(number, "number");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("reopening records a reason");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }
}
