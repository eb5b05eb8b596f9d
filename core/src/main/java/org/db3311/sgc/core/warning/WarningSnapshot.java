package org.db3311.sgc.core.warning;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;

/**
 * Everything a warning holds, as an immutable value: what repositories store and what {@link
 * Warning#fromSnapshot} rebuilds a warning from.
 */
public record WarningSnapshot(
    WarningId id,
    WarningSubject subject,
    UnitId owner,
    Instant raisedAt,
    WarningLevel level,
    List<Reason> reasons,
    SortedSet<MatterId> matters,
    Warning.State state,
    List<Warning.Step> history) {

  public WarningSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(reasons);
    matters = Collections.unmodifiableSortedSet(new TreeSet<>(matters));
    Objects.requireNonNull(state, "state");
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("warning " + id + " records at least that it was raised");
    }
  }
}
