package org.db3311.sgc.core.intake;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: the applicant withdraws a matter before it is accepted. */
public interface WithdrawMatterUseCase {

  void withdraw(Command command);

  record Command(RegistrationNumber number, String reason, Actor actor) {
    public Command {
      Objects.requireNonNull(number, "number");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a withdrawal records a reason");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }
}
