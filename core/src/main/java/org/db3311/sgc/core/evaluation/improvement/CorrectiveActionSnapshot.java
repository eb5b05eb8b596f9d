package org.db3311.sgc.core.evaluation.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/**
 * Everything a corrective action holds, as an immutable value: what repositories store and what
 * {@link CorrectiveAction#fromSnapshot} rebuilds an action from.
 */
public record CorrectiveActionSnapshot(
    CorrectiveActionId id,
    Finding finding,
    UnitId owner,
    String measure,
    LocalDate due,
    Instant raisedAt,
    Actor raisedBy,
    CorrectiveAction.State state,
    Optional<LocalDate> recheckDue,
    List<CorrectiveAction.CorrectionReport> corrections,
    List<RecheckResult> rechecks) {

  public CorrectiveActionSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(raisedBy, "raisedBy");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(recheckDue, "recheckDue");
    corrections = List.copyOf(corrections);
    rechecks = List.copyOf(rechecks);
    if (state == CorrectiveAction.State.CORRECTION_REPORTED && recheckDue.isEmpty()) {
      throw new IllegalArgumentException("a reported correction has a re-check due date");
    }
  }
}
