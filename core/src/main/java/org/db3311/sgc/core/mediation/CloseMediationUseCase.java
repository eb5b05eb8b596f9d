package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: close a mediation case; the matter closes with its result. */
public interface CloseMediationUseCase {

  void close(Command command);

  record Command(MediationCaseId id, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
