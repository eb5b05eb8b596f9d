package org.db3311.sgc.core.evaluation.improvement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Within how long a reported correction is re-checked (复查, 9.3.3), per source of the finding,
 * counted from the day the correction was reported on the working-day calendar (R9) when the period
 * is in working days. Product defaults (5 working days, 3 for higher-level supervision); the
 * deployment sets its own.
 */
@Implements({"9.3.3", "R9"})
public record RecheckDeadlines(Map<FindingSource, TimeLimit> bySource, TimeLimit fallback) {

  /** The event a re-check period runs from. */
  public static final String CORRECTION_REPORTED = "correction reported";

  public RecheckDeadlines {
    Map<FindingSource, TimeLimit> copy = new EnumMap<>(FindingSource.class);
    copy.putAll(bySource);
    bySource = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(fallback, "fallback");
  }

  public static RecheckDeadlines defaults() {
    return new RecheckDeadlines(Map.of(), TimeLimit.workingDays(5))
        .with(FindingSource.HIGHER_LEVEL_SUPERVISION, TimeLimit.workingDays(3));
  }

  public RecheckDeadlines with(FindingSource source, TimeLimit limit) {
    Map<FindingSource, TimeLimit> m = new EnumMap<>(FindingSource.class);
    m.putAll(bySource);
    m.put(source, limit);
    return new RecheckDeadlines(m, fallback);
  }

  public DeadlineRule ruleFor(FindingSource source) {
    return DeadlineRule.of(
        "re-check of " + source,
        bySource.getOrDefault(source, fallback),
        CORRECTION_REPORTED,
        bySource.containsKey(source) ? "configured for " + source : "product default");
  }
}
