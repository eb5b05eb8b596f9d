package org.db3311.sgc.core.supervision;

import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/** Incoming port: record the progress of a supervised matter. */
public interface TrackProgressUseCase {

  void record(Command command);

  record Command(String subject, Progress progress, Actor actor) {
    public Command {
      if (subject == null || subject.isBlank()) {
        throw new IllegalArgumentException("name the supervised subject");
      }
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** The kinds of progress. */
  sealed interface Progress {
    record SignFor() implements Progress {}

    /** To a new lead unit, with the units now taking part besides it. */
    record Reassign(UnitId unit, Set<UnitId> participants, String reason) implements Progress {
      public Reassign {
        Objects.requireNonNull(unit, "unit");
        participants = Set.copyOf(participants);
      }

      /** To a unit that handles the matter alone. */
      public Reassign(UnitId unit, String reason) {
        this(unit, Set.of(), reason);
      }
    }

    /**
     * The assigned unit declines the matter; the file goes back to the center's unit for triage.
     */
    record Decline(UnitId center, String reason) implements Progress {
      public Decline {
        Objects.requireNonNull(center, "center");
        if (reason == null || reason.isBlank()) {
          throw new IllegalArgumentException("a declined assignment states why");
        }
      }
    }

    /** Waiting on the applicant: the clocks stop. */
    record Pause(String reason) implements Progress {}

    record Resume() implements Progress {}

    record ReportHandled(String summary) implements Progress {}

    record Return(String reason) implements Progress {}

    record Complete() implements Progress {}

    record RecordReview() implements Progress {}

    record Reopen(String reason) implements Progress {}

    /**
     * The matter ended before the unit reported handling it (found unsuitable, consent refused):
     * the file completes with the reason, and its running steps end.
     */
    record Conclude(String reason) implements Progress {}
  }
}
