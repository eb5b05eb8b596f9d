package org.db3311.sgc.core.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Response rate (响应率): of the matters assigned to a department in the period, the share it signed
 * for within the response deadline (plus a grace, zero by default).
 */
@Implements({"R8", "9.2.2"})
public record ResponseRateDefinition(
    int version, LocalDate effectiveFrom, Duration grace, String rationale)
    implements MetricDefinition {

  public ResponseRateDefinition {
    Definitions.check(version, effectiveFrom, rationale);
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("a grace period is not negative");
    }
  }

  @Override
  public MetricKind kind() {
    return MetricKind.RESPONSE_RATE;
  }

  @Override
  public String text() {
    return "matters signed for by the response deadline"
        + (grace.isZero() ? "" : " + " + grace)
        + " ÷ matters assigned in the period";
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
