package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: record whether a dispute is suitable for mediation (适宜调解). */
public interface AssessSuitabilityUseCase {

  void assess(Command command);

  record Command(MediationCaseId id, boolean suitable, String reasons, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      if (reasons == null || reasons.isBlank()) {
        throw new IllegalArgumentException("give the reasons");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }
}
