package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningLevel;

/**
 * A major risk (重大风险事项): a warning at or above the configured level, or one an analyst names; each
 * gets its own special report.
 */
public record MajorRisk(
    String id,
    String title,
    WarningLevel level,
    List<Reason> reasons,
    SortedSet<MatterId> matters,
    UnitId owner,
    Instant identifiedAt) {

  public MajorRisk {
    if (id == null || id.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a major risk has an id and a title");
    }
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(reasons);
    matters = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(matters));
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(identifiedAt, "identifiedAt");
  }

  public static MajorRisk of(Warning w) {
    return new MajorRisk(
        w.id(),
        w.level() + " " + w.subject(),
        w.level(),
        w.reasons(),
        w.matters(),
        w.owner(),
        w.raisedAt());
  }
}
