package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Incoming port: open mediation for an accepted dispute. */
public interface OpenMediationUseCase {

  MediationCaseId open(Command command);

  record Command(RegistrationNumber matter, Actor actor) {
    public Command {
      Objects.requireNonNull(matter, "matter");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
