package org.db3311.sgc.core.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Response rate (响应率): of the assignments made in the period, the share signed for within the
 * response deadline (plus a grace, zero by default). With {@code everyAssignment} every assignment
 * counts against the unit it went to (ruling R8); without it (version 1, kept so that figures
 * published with it recompute as published) only a matter's current assignment counts.
 */
@Implements({"R8", "9.2.2"})
public record ResponseRateDefinition(
    int version, LocalDate effectiveFrom, Duration grace, boolean everyAssignment, String rationale)
    implements MetricDefinition {

  public ResponseRateDefinition {
    Definitions.check(version, effectiveFrom, rationale);
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("a grace period is not negative");
    }
  }

  /** A definition counting only each matter's current assignment, as version 1 did. */
  public ResponseRateDefinition(
      int version, LocalDate effectiveFrom, Duration grace, String rationale) {
    this(version, effectiveFrom, grace, false, rationale);
  }

  @Override
  public MetricKind kind() {
    return MetricKind.RESPONSE_RATE;
  }

  @Override
  public String text() {
    return everyAssignment
        ? "assignments signed for by the response deadline"
            + (grace.isZero() ? "" : " + " + grace)
            + " ÷ assignments made in the period, each against the unit it went to"
        : "matters signed for by the response deadline"
            + (grace.isZero() ? "" : " + " + grace)
            + " ÷ matters assigned in the period";
  }

  @Override
  public void count(MatterFact f, Period period, Instant cutoff, Tally tally) {
    if (!everyAssignment) {
      MetricDefinition.super.count(f, period, cutoff, tally);
      return;
    }
    List<Assignment> all = f.assignments();
    for (int i = 0; i < all.size(); i++) {
      Assignment a = all.get(i);
      if (MetricDefinition.within(a.assignedAt(), period, cutoff)) {
        boolean onTime =
            MetricDefinition.happened(a.signedForAt(), cutoff)
                && !a.signedForAt().get().isAfter(a.responseDueAt().plus(grace));
        tally.item(Optional.of(a.unit()), f.id().value() + "/a" + (i + 1), onTime);
      }
    }
  }

  @Override
  public Contribution classify(MatterFact f, Period period, Instant cutoff) {
    if (f.assignedAt().isEmpty()
        || !MetricDefinition.within(f.assignedAt().get(), period, cutoff)) {
      return Contribution.NONE;
    }
    boolean onTime =
        MetricDefinition.happened(f.signedForAt(), cutoff)
            && !f.signedForAt().get().isAfter(f.responseDueAt().orElseThrow().plus(grace));
    return onTime ? Contribution.BOTH : Contribution.DENOMINATOR;
  }
}
