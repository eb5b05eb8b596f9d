package org.db3311.sgc.core.intake;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: the window decides on a registered matter (6.1.1.1). */
@Implements("6.1.1.1")
public interface DecideIntakeUseCase {

  IntakeDecision decide(Command command);

  record Command(RegistrationNumber number, Verdict verdict, Actor actor) {
    public Command {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** The clerk's verdict. */
  sealed interface Verdict {
    /**
     * Review the materials: accept when nothing is missing and no defect was found, else issue a
     * supplement notice.
     *
     * @param defects what the clerk found wrong with submitted materials
     */
    record Review(List<MaterialDefect> defects) implements Verdict {
      public Review {
        defects = List.copyOf(defects);
      }

      public static Review clean() {
        return new Review(List.of());
      }
    }

    /** The matter does not meet the conditions for intake at all. */
    record Refuse(Refusal refusal) implements Verdict {
      public Refuse {
        Objects.requireNonNull(refusal, "refusal");
      }
    }
  }
}
