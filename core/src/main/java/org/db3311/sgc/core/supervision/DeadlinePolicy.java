package org.db3311.sgc.core.supervision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The time limit of each step, per category: defaults from the statutes where one applies, product
 * defaults otherwise, all replaceable by the deployment (the statutory figures are as the domain
 * facts record them and some are unverified).
 *
 * <p>Start events: {@value #RECEIVED} (the day the center received the application, where the
 * governing law counts from it), {@value #ACCEPTED}, {@value #ASSIGNED}, {@value #SIGNED_FOR},
 * {@value #HANDLED}, {@value #COMPLETED}. The handling period runs from acceptance (or receipt),
 * not from an assignment: handing the matter to another unit does not give it a new period.
 */
@Implements("6.2.1.3")
public final class DeadlinePolicy {

  public static final String RECEIVED = "received";
  public static final String ACCEPTED = "accepted";
  public static final String ASSIGNED = "assigned";
  public static final String SIGNED_FOR = "signed_for";
  public static final String HANDLED = "handled";
  public static final String COMPLETED = "completed";

  private final Map<Step, DeadlineRule> fallback;
  private final Map<String, Map<Step, DeadlineRule>> byCategoryPrefix;

  /**
   * @param byCategoryPrefix rules for categories whose code starts with the key (the longest
   *     matching key wins), overriding the fallback step by step
   */
  public DeadlinePolicy(
      Map<Step, DeadlineRule> fallback, Map<String, Map<Step, DeadlineRule>> byCategoryPrefix) {
    this.fallback = Collections.unmodifiableMap(new EnumMap<>(fallback));
    Map<String, Map<Step, DeadlineRule>> m = new LinkedHashMap<>();
    byCategoryPrefix.forEach((k, v) -> m.put(k, Map.copyOf(v)));
    this.byCategoryPrefix = Collections.unmodifiableMap(m);
  }

  /** The shipped defaults, as {@link #defaults()}. */
  public DeadlinePolicy() {
    this(defaults().fallback, defaults().byCategoryPrefix);
  }

  /** The shipped defaults. */
  public static DeadlinePolicy defaults() {
    Map<Step, DeadlineRule> base = new EnumMap<>(Step.class);
    base.put(
        Step.SIGN_FOR,
        DeadlineRule.of("sign-for", TimeLimit.workingDays(1), ASSIGNED, "product default"));
    base.put(
        Step.HANDLING,
        DeadlineRule.of("handling", TimeLimit.workingDays(15), ACCEPTED, "product default"));
    base.put(
        Step.FEEDBACK,
        DeadlineRule.of("feedback", TimeLimit.workingDays(3), HANDLED, "product default")
            .extendableBy(TimeLimit.workingDays(2)));
    Map<String, Map<Step, DeadlineRule>> byCategory = new LinkedHashMap<>();
    byCategory.put(
        "dispute.",
        Map.of(
            Step.HANDLING,
            DeadlineRule.of(
                "mediation", TimeLimit.months(1), ACCEPTED, "人民调解工作若干规定 art 33: 一般在一个月内调结")));
    byCategory.put(
        "dispute.labour",
        Map.of(
            Step.HANDLING,
            DeadlineRule.of(
                "labour mediation",
                TimeLimit.days(15),
                RECEIVED,
                "劳动争议调解仲裁法 art 14: 15 days from receiving the application")));
    byCategory.put(
        "event.petition",
        Map.of(
            Step.HANDLING,
            DeadlineRule.of("petition", TimeLimit.days(60), ACCEPTED, "信访工作条例: 60 days")
                .extendableBy(TimeLimit.days(30))));
    byCategory.put(
        "event.",
        Map.of(
            Step.REVIEW,
            DeadlineRule.of("review", TimeLimit.workingDays(5), COMPLETED, "product default")));
    return new DeadlinePolicy(base, byCategory);
  }

  /** This policy with one category prefix's rules replaced. */
  public DeadlinePolicy withCategory(String prefix, Map<Step, DeadlineRule> rules) {
    Map<String, Map<Step, DeadlineRule>> m = new LinkedHashMap<>(byCategoryPrefix);
    m.put(prefix, rules);
    return new DeadlinePolicy(fallback, m);
  }

  /** The rules for a category: the fallback, overridden by every matching prefix, longest last. */
  public Map<Step, DeadlineRule> rulesFor(String categoryCode) {
    Map<Step, DeadlineRule> rules = new EnumMap<>(fallback);
    byCategoryPrefix.keySet().stream()
        .filter(categoryCode::startsWith)
        .sorted(java.util.Comparator.comparingInt(String::length))
        .forEach(k -> rules.putAll(byCategoryPrefix.get(k)));
    return Collections.unmodifiableMap(rules);
  }
}
