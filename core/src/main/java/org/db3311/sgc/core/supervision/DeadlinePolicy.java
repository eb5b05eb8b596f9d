package org.db3311.sgc.core.supervision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
  private final Map<String, Set<Step>> untimedByCategoryPrefix;

  /**
   * @param byCategoryPrefix rules for categories whose code starts with the key (the longest
   *     matching key wins), overriding the fallback step by step
   */
  public DeadlinePolicy(
      Map<Step, DeadlineRule> fallback, Map<String, Map<Step, DeadlineRule>> byCategoryPrefix) {
    this(fallback, byCategoryPrefix, Map.of());
  }

  /**
   * @param byCategoryPrefix rules for categories whose code starts with the key (the longest
   *     matching key wins), overriding the fallback step by step
   * @param untimedByCategoryPrefix steps that have no time limit for categories whose code starts
   *     with the key (e.g. an onward road whose receiving body works to no statutory clock): the
   *     fallback's product default for the step does not apply, a longer matching key may set one
   *     again
   */
  public DeadlinePolicy(
      Map<Step, DeadlineRule> fallback,
      Map<String, Map<Step, DeadlineRule>> byCategoryPrefix,
      Map<String, Set<Step>> untimedByCategoryPrefix) {
    this.fallback = Collections.unmodifiableMap(new EnumMap<>(fallback));
    Map<String, Map<Step, DeadlineRule>> m = new LinkedHashMap<>();
    byCategoryPrefix.forEach((k, v) -> m.put(k, Map.copyOf(v)));
    this.byCategoryPrefix = Collections.unmodifiableMap(m);
    Map<String, Set<Step>> u = new LinkedHashMap<>();
    untimedByCategoryPrefix.forEach((k, v) -> u.put(k, Set.copyOf(v)));
    this.untimedByCategoryPrefix = Collections.unmodifiableMap(u);
  }

  /** The shipped defaults, as {@link #defaults()}. */
  public DeadlinePolicy() {
    this(defaults().fallback, defaults().byCategoryPrefix, defaults().untimedByCategoryPrefix);
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
    Map<String, Set<Step>> untimed = new LinkedHashMap<>();
    onwardRoads(byCategory, untimed);
    return new DeadlinePolicy(base, byCategory, untimed);
  }

  /**
   * The onward referrals (6.2: a routing decision the center records and supervises until the
   * receiving body reports back), each a file of category {@code onward.<road>} opened when the
   * matter is referred: signing for is the body's acceptance, counted from the referral, and
   * handling is the body's conclusion, counted from its acceptance. The figures are those of {@code
   * core.onward.OnwardClocks#defaults()} (the project's domain facts §1), which a test holds them
   * to; a deployment that replaces the onward clocks applies them with {@code
   * OnwardClocks#appliedTo}. Litigation and legal aid have no statutory clock in those facts: they
   * get no sign-for or handling deadline rather than an invented one; the center's own feedback
   * (product default) still runs once the body reports back.
   */
  @Implements("6.2")
  private static void onwardRoads(
      Map<String, Map<Step, DeadlineRule>> byCategory, Map<String, Set<Step>> untimed) {
    byCategory.put(
        "onward.labour_arbitration",
        Map.of(
            Step.SIGN_FOR,
            DeadlineRule.of(
                "arbitration acceptance", TimeLimit.days(5), ASSIGNED, "劳动争议调解仲裁法 art 29"),
            Step.HANDLING,
            DeadlineRule.of("arbitration award", TimeLimit.days(45), SIGNED_FOR, "劳动争议调解仲裁法 art 43")
                .extendableBy(TimeLimit.days(15))));
    byCategory.put(
        "onward.administrative_reconsideration",
        Map.of(
            Step.SIGN_FOR,
            DeadlineRule.of(
                "reconsideration acceptance review",
                TimeLimit.workingDays(5),
                ASSIGNED,
                "行政复议法: 5 days, working days under the former art 40 (2023 basis unverified)"),
            Step.HANDLING,
            DeadlineRule.of(
                    "reconsideration decision",
                    TimeLimit.days(60),
                    SIGNED_FOR,
                    "行政复议法 (2023) ordinary procedure (article unverified)")
                .extendableBy(TimeLimit.days(30))));
    byCategory.put(
        "onward.petition",
        Map.of(
            Step.SIGN_FOR,
            DeadlineRule.of("written notice", TimeLimit.days(15), ASSIGNED, "信访工作条例 art 23 ¶3"),
            Step.HANDLING,
            DeadlineRule.of(
                    "petition conclusion",
                    TimeLimit.days(60),
                    SIGNED_FOR,
                    "信访工作条例 (article unverified)")
                .extendableBy(TimeLimit.days(30))));
    untimed.put("onward.litigation", Set.of(Step.SIGN_FOR, Step.HANDLING));
    untimed.put("onward.legal_aid", Set.of(Step.SIGN_FOR, Step.HANDLING));
  }

  /** This policy with one category prefix's rules replaced. */
  public DeadlinePolicy withCategory(String prefix, Map<Step, DeadlineRule> rules) {
    Map<String, Map<Step, DeadlineRule>> m = new LinkedHashMap<>(byCategoryPrefix);
    m.put(prefix, rules);
    return new DeadlinePolicy(fallback, m, untimedByCategoryPrefix);
  }

  /**
   * This policy with one category prefix's rules replaced and the given steps without a time limit
   * for it.
   */
  public DeadlinePolicy withCategory(
      String prefix, Map<Step, DeadlineRule> rules, Set<Step> untimed) {
    Map<String, Map<Step, DeadlineRule>> m = new LinkedHashMap<>(byCategoryPrefix);
    m.put(prefix, rules);
    Map<String, Set<Step>> u = new LinkedHashMap<>(untimedByCategoryPrefix);
    u.put(prefix, untimed);
    return new DeadlinePolicy(fallback, m, u);
  }

  /**
   * The rules for a category: the fallback, overridden by every matching prefix, longest last; a
   * step a matching prefix leaves untimed has no rule unless a longer prefix sets one.
   */
  public Map<Step, DeadlineRule> rulesFor(String categoryCode) {
    Map<Step, DeadlineRule> rules = new EnumMap<>(fallback);
    java.util.stream.Stream.concat(
            byCategoryPrefix.keySet().stream(), untimedByCategoryPrefix.keySet().stream())
        .distinct()
        .filter(categoryCode::startsWith)
        .sorted(java.util.Comparator.comparingInt(String::length))
        .forEach(
            k -> {
              rules.keySet().removeAll(untimedByCategoryPrefix.getOrDefault(k, Set.of()));
              rules.putAll(byCategoryPrefix.getOrDefault(k, Map.of()));
            });
    return Collections.unmodifiableMap(rules);
  }
}
