package org.db3311.sgc.core.onward;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;

/**
 * The statutory clocks of each onward road, as data a deployment may replace (the article numbers
 * and day bases marked unverified in the project's domain facts stay configurable). A road without
 * a clock for a step (litigation and legal aid have none in the facts the project holds) simply
 * records the step when the body reports it.
 */
public final class OnwardClocks {

  private final Map<Road, Map<OnwardStep, DeadlineRule>> byRoad;

  public OnwardClocks(Map<Road, Map<OnwardStep, DeadlineRule>> byRoad) {
    Map<Road, Map<OnwardStep, DeadlineRule>> m = new EnumMap<>(Road.class);
    for (Road r : Road.values()) {
      Map<OnwardStep, DeadlineRule> rules = new EnumMap<>(OnwardStep.class);
      rules.putAll(byRoad.getOrDefault(r, Map.of()));
      rules.values().forEach(x -> Objects.requireNonNull(x, "rule"));
      m.put(r, Collections.unmodifiableMap(rules));
    }
    this.byRoad = Collections.unmodifiableMap(m);
  }

  /** The clocks of the project's domain facts (§1: statutory deadlines). */
  public static OnwardClocks defaults() {
    Map<Road, Map<OnwardStep, DeadlineRule>> m = new EnumMap<>(Road.class);
    m.put(
        Road.LABOUR_ARBITRATION,
        Map.of(
            OnwardStep.ACCEPTANCE,
            DeadlineRule.of(
                "arbitration acceptance",
                TimeLimit.days(5),
                "application received",
                "劳动争议调解仲裁法 art 29"),
            OnwardStep.CONCLUSION,
            DeadlineRule.of("arbitration award", TimeLimit.days(45), "accepted", "劳动争议调解仲裁法 art 43")
                .extendableBy(TimeLimit.days(15))));
    m.put(
        Road.ADMINISTRATIVE_RECONSIDERATION,
        Map.of(
            OnwardStep.ACCEPTANCE,
            DeadlineRule.of(
                "reconsideration acceptance review",
                TimeLimit.workingDays(5),
                "application received",
                "行政复议法: 5 days, working days under the former art 40 (2023 basis unverified)"),
            OnwardStep.CONCLUSION,
            DeadlineRule.of(
                    "reconsideration decision",
                    TimeLimit.days(60),
                    "accepted",
                    "行政复议法 (2023) ordinary procedure (article unverified)")
                .extendableBy(TimeLimit.days(30)),
            OnwardStep.SIMPLIFIED_CONCLUSION,
            DeadlineRule.of(
                "reconsideration decision (simplified)",
                TimeLimit.days(30),
                "accepted",
                "行政复议法 (2023) simplified procedure (article unverified)")));
    m.put(
        Road.PETITION,
        Map.of(
            OnwardStep.OBJECTION,
            DeadlineRule.of(
                "objection outside remit",
                TimeLimit.workingDays(5),
                "transferred",
                "信访工作条例 art 23 ¶3"),
            OnwardStep.ACCEPTANCE,
            DeadlineRule.of(
                "written notice", TimeLimit.days(15), "transferred", "信访工作条例 art 23 ¶3"),
            OnwardStep.CONCLUSION,
            DeadlineRule.of(
                    "petition conclusion",
                    TimeLimit.days(60),
                    "accepted",
                    "信访工作条例 (article unverified)")
                .extendableBy(TimeLimit.days(30)),
            OnwardStep.REVIEW_REQUEST,
            DeadlineRule.of(
                "复查 request", TimeLimit.days(30), "written reply", "信访工作条例 (article unverified)"),
            OnwardStep.REVIEW,
            DeadlineRule.of(
                "复查 opinion", TimeLimit.days(30), "复查 requested", "信访工作条例 (article unverified)"),
            OnwardStep.RECHECK_REQUEST,
            DeadlineRule.of(
                "复核 request", TimeLimit.days(30), "复查 opinion", "信访工作条例 (article unverified)"),
            OnwardStep.RECHECK,
            DeadlineRule.of(
                "复核 opinion", TimeLimit.days(30), "复核 requested", "信访工作条例 (article unverified)")));
    return new OnwardClocks(m);
  }

  /** The clocks of a road, by step; empty for a road with none. */
  public Map<OnwardStep, DeadlineRule> rulesFor(Road road) {
    return byRoad.get(road);
  }

  /** These clocks with one road's replaced. */
  public OnwardClocks with(Road road, Map<OnwardStep, DeadlineRule> rules) {
    Map<Road, Map<OnwardStep, DeadlineRule>> m = new EnumMap<>(byRoad);
    m.put(road, rules);
    return new OnwardClocks(m);
  }
}
