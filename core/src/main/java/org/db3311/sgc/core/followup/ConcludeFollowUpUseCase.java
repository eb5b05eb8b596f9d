package org.db3311.sgc.core.followup;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: reopen the matter after a dissatisfied answer, or conclude the follow-up. */
public interface ConcludeFollowUpUseCase {

  /** Reopens the matter and its supervision file. */
  void reopen(Reopen command);

  void conclude(Conclude command);

  record Reopen(FollowUpId id, String reason, Actor actor) {
    public Reopen {
      Objects.requireNonNull(id, "id");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("reopening states why");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }

  record Conclude(FollowUpId id, Actor actor) {
    public Conclude {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
