package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: conclude mediation with an agreement or a failure. */
public interface ConcludeMediationUseCase {

  void conclude(Command command);

  record Command(MediationCaseId id, Outcome outcome, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** How the mediation ended. */
  sealed interface Outcome {
    record Agreement(MediationAgreement agreement) implements Outcome {
      public Agreement {
        Objects.requireNonNull(agreement, "agreement");
      }
    }

    /**
     * @param routesTold the other routes the parties were told of
     */
    record Failure(String reason, String routesTold) implements Outcome {
      public Failure {
        if (reason == null || reason.isBlank() || routesTold == null || routesTold.isBlank()) {
          throw new IllegalArgumentException("a failure states why and the routes told");
        }
      }
    }
  }
}
