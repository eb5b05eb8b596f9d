package org.db3311.sgc.core.eventhandling;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Incoming port: record the handling of an event through to review, report and archive. */
@Implements("6.3.1.3")
public interface HandleEventUseCase {

  void handle(Command command);

  record Command(RegistrationNumber matter, Step step, Actor actor) {
    public Command {
      Objects.requireNonNull(matter, "matter");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** A step of event handling. */
  sealed interface Step {
    record SignFor() implements Step {}

    record DeclineAssignment(String reason) implements Step {}

    record ReportHandled(String summary) implements Step {}

    record CityResult(String summary) implements Step {}

    record Return(String reason) implements Step {}

    /** Handling ended; the matter closes with the result. */
    record Close(MatterResult result) implements Step {
      public Close {
        Objects.requireNonNull(result, "result");
      }
    }

    record Review(EventReview review) implements Step {
      public Review {
        Objects.requireNonNull(review, "review");
      }
    }

    record ReportResult(String report) implements Step {}

    record Archive() implements Step {}
  }
}
