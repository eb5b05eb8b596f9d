package org.db3311.sgc.core.guidance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;

/**
 * How long townships and villages have for a guidance task whose issuer set no date, per topic
 * (6.8): a {@link TimeLimit} counted from the day of issue on the working-day calendar (R9) when it
 * is in working days. The standard names no periods; the defaults are the product's and every
 * deployment sets its own.
 */
@Implements({"6.8", "R9"})
public record GuidanceDeadlines(Map<GuidanceTopic, TimeLimit> byTopic, TimeLimit fallback) {

  /** The event a guidance period runs from. */
  public static final String ISSUED = "issued";

  public GuidanceDeadlines {
    Map<GuidanceTopic, TimeLimit> copy = new EnumMap<>(GuidanceTopic.class);
    copy.putAll(byTopic);
    byTopic = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(fallback, "fallback");
  }

  /** 20 working days; emergency management 10, epidemic control 5. */
  public static GuidanceDeadlines defaults() {
    return new GuidanceDeadlines(Map.of(), TimeLimit.workingDays(20))
        .with(GuidanceTopic.EMERGENCY_MANAGEMENT, TimeLimit.workingDays(10))
        .with(GuidanceTopic.EPIDEMIC_CONTROL, TimeLimit.workingDays(5));
  }

  public GuidanceDeadlines with(GuidanceTopic topic, TimeLimit limit) {
    Map<GuidanceTopic, TimeLimit> m = new EnumMap<>(GuidanceTopic.class);
    m.putAll(byTopic);
    m.put(topic, limit);
    return new GuidanceDeadlines(m, fallback);
  }

  public DeadlineRule ruleFor(GuidanceTopic topic) {
    TimeLimit limit = byTopic.getOrDefault(topic, fallback);
    return DeadlineRule.of("guidance on " + topic, limit, ISSUED, "configured for " + topic);
  }
}
