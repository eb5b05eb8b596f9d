package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * One version of a metric's definition (考核规则). A definition is data: once registered it never
 * changes, and a figure names the version it was computed with, so it can be recomputed exactly as
 * published. A change of method is a new version (9.3.2).
 */
public sealed interface MetricDefinition
    permits ResponseRateDefinition, HandlingRateDefinition, SatisfactionRateDefinition {

  MetricKind kind();

  /** 1, 2, … per kind. */
  int version();

  /** The first day figures are computed with this version by default. */
  LocalDate effectiveFrom();

  /** Why this version exists: for v1 the ruling it implements, later what was improved. */
  String rationale();

  /** The definition in words, for the published figure. */
  String text();

  /**
   * What the matter contributes to the figure of the period, considering only what had happened by
   * the cut-off.
   */
  Contribution classify(MatterFact fact, Period period, Instant cutoff);

  /** The department a matter's contribution is attributed to: the unit handling it. */
  default Optional<UnitId> department(MatterFact fact) {
    return fact.handlingUnit();
  }

  /**
   * Counts what the matter adds to the figure of the period: one item per matter by default ({@link
   * #classify} for {@link #department}), several where a version counts per assignment or per
   * survey answer.
   */
  default void count(MatterFact fact, Period period, Instant cutoff, Tally tally) {
    Contribution c = classify(fact, period, cutoff);
    if (c != Contribution.NONE) {
      tally.item(department(fact), fact.id().value(), c == Contribution.BOTH);
    }
  }

  /** Receives the counted items of a figure. */
  @FunctionalInterface
  interface Tally {
    /**
     * One item of the denominator.
     *
     * @param department the unit it counts against, empty when it counts for the center only
     * @param item what was counted, unique within the figure: the matter id, or the matter id with
     *     the assignment or answer counted
     * @param numerator whether it is also in the numerator
     */
    void item(Optional<UnitId> department, String item, boolean numerator);
  }

  /** True when {@code t} is in the period and not after the cut-off. */
  static boolean within(Instant t, Period period, Instant cutoff) {
    return period.contains(t) && !t.isAfter(cutoff);
  }

  /** True when the optional instant happened, by the cut-off. */
  static boolean happened(Optional<Instant> t, Instant cutoff) {
    return t.isPresent() && !t.get().isAfter(cutoff);
  }
}
