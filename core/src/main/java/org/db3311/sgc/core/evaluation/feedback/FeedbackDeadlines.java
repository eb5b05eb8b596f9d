package org.db3311.sgc.core.evaluation.feedback;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Within how long feedback of each kind is answered (9.1), counted from the day it was received on
 * the working-day calendar (R9) when the period is in working days. The standard names no period;
 * the defaults are the product's (15 working days, 10 for an item of higher-level supervision) and
 * the deployment sets its own per kind.
 */
@Implements({"9.1", "R9"})
public record FeedbackDeadlines(Map<FeedbackKind, TimeLimit> byKind, TimeLimit fallback) {

  /** The event an answer period runs from. */
  public static final String RECEIVED = "received";

  public FeedbackDeadlines {
    Map<FeedbackKind, TimeLimit> copy = new EnumMap<>(FeedbackKind.class);
    copy.putAll(byKind);
    byKind = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(fallback, "fallback");
  }

  public static FeedbackDeadlines defaults() {
    return new FeedbackDeadlines(Map.of(), TimeLimit.workingDays(15))
        .with(FeedbackKind.HIGHER_LEVEL_SUPERVISION, TimeLimit.workingDays(10));
  }

  public FeedbackDeadlines with(FeedbackKind kind, TimeLimit limit) {
    Map<FeedbackKind, TimeLimit> m = new EnumMap<>(FeedbackKind.class);
    m.putAll(byKind);
    m.put(kind, limit);
    return new FeedbackDeadlines(m, fallback);
  }

  public DeadlineRule ruleFor(FeedbackKind kind) {
    return DeadlineRule.of(
        "answer to " + kind,
        byKind.getOrDefault(kind, fallback),
        RECEIVED,
        byKind.containsKey(kind) ? "configured for " + kind : "product default");
  }
}
