package org.db3311.sgc.core.evaluation.improvement;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/** Incoming port: set a corrective action from a finding (9.3.1). */
public interface RaiseCorrectiveActionUseCase {

  /** Raises the action; returns it as stored. */
  CorrectiveActionSnapshot raise(Command command);

  /** The finding, the owner, the measure and by when. */
  record Command(Finding finding, UnitId owner, String measure, LocalDate due, Actor by) {
    public Command {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(owner, "owner");
      if (measure == null || measure.isBlank()) {
        throw new IllegalArgumentException("a corrective action has a measure");
      }
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(by, "by");
    }
  }
}
