package org.db3311.sgc.core.warning;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;

/** A published warning as its owner and the command room receive it. */
public record WarningNotice(
    WarningId warningId,
    WarningLevel level,
    WarningSubject subject,
    List<String> reasons,
    SortedSet<MatterId> matters,
    UnitId owner,
    Instant publishedAt) {
  public WarningNotice {
    reasons = List.copyOf(reasons);
    matters = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(matters));
  }
}
