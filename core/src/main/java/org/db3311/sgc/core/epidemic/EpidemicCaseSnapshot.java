package org.db3311.sgc.core.epidemic;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;

/**
 * Everything an epidemic case holds, as an immutable value: what repositories store and what {@link
 * EpidemicCase#fromSnapshot} rebuilds a case from.
 */
public record EpidemicCaseSnapshot(
    EpidemicCaseId id,
    MatterId matter,
    String category,
    String summary,
    EpidemicCase.State state,
    Optional<UnitId> routedTo,
    Instant stageEnteredAt,
    Instant deadline,
    List<EpidemicCase.Step> steps) {

  public EpidemicCaseSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(routedTo, "routedTo");
    Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
    Objects.requireNonNull(deadline, "deadline");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("epidemic case " + id + " records at least its receipt");
    }
  }
}
