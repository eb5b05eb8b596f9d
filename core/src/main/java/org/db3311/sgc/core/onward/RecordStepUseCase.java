package org.db3311.sgc.core.onward;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: record a step the receiving body reports, on the day it happened. */
@Implements("6.2.1.3")
public interface RecordStepUseCase {

  void record(Command command);

  record Command(OnwardReferralId id, LocalDate on, Step step, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** The steps a body reports. */
  sealed interface Step {
    /** Accepted (受理; for 信访 the written notice), under the body's case number. */
    record Received(String bodyReference, boolean simplified) implements Step {
      public Received {
        requireText(bodyReference, "an acceptance carries the body's case number");
      }

      public Received(String bodyReference) {
        this(bodyReference, false);
      }
    }

    /** Not accepted: the road ends and the center routes again. */
    record NotAccepted(String reason) implements Step {
      public NotAccepted {
        requireText(reason, "a body not accepting states why");
      }
    }

    /** An approved extension of the conclusion clock. */
    record Extended(TimeLimit added, Actor approver, String reason) implements Step {
      public Extended {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(approver, "an extension is approved by someone");
        requireText(reason, "an extension states why (the party is told)");
      }
    }

    /** The body concluded (award, judgment, decision, 信访 written reply). */
    record Decided(String decision) implements Step {
      public Decided {
        requireText(decision, "a conclusion states what was decided");
      }
    }

    /** 信访: 复查 requested. */
    record ReviewRequested() implements Step {}

    /** 信访: the 复查 opinion. */
    record ReviewConcluded(String opinion) implements Step {
      public ReviewConcluded {
        requireText(opinion, "a 复查 opinion states its finding");
      }
    }

    /** 信访: 复核 requested. */
    record RecheckRequested() implements Step {}

    /** 信访: the 复核 opinion. */
    record RecheckConcluded(String opinion) implements Step {
      public RecheckConcluded {
        requireText(opinion, "a 复核 opinion states its finding");
      }
    }

    private static void requireText(String s, String message) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
