package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.Outcome;

/**
 * Handling rate (处置率) and its on-time variant (按时处置率): of the matters accepted in the period, the
 * share closed by the cut-off (on time: also by the handling deadline). A version may leave
 * withdrawn matters out of the count.
 */
@Implements({"R8", "9.2.2"})
public record HandlingRateDefinition(
    int version,
    LocalDate effectiveFrom,
    boolean onTime,
    boolean excludeWithdrawn,
    String rationale)
    implements MetricDefinition {

  public HandlingRateDefinition {
    Definitions.check(version, effectiveFrom, rationale);
  }

  @Override
  public MetricKind kind() {
    return onTime ? MetricKind.ON_TIME_HANDLING_RATE : MetricKind.HANDLING_RATE;
  }

  @Override
  public String text() {
    return (onTime ? "matters closed by their handling deadline" : "matters closed")
        + " ÷ matters accepted in the period"
        + (excludeWithdrawn ? ", withdrawn matters not counted" : "");
  }

  @Override
  public Contribution classify(MatterFact f, Period period, Instant cutoff) {
    if (f.acceptedAt().isEmpty()
        || !MetricDefinition.within(f.acceptedAt().get(), period, cutoff)) {
      return Contribution.NONE;
    }
    boolean closed = MetricDefinition.happened(f.closedAt(), cutoff);
    if (excludeWithdrawn && closed && f.outcome().orElseThrow() == Outcome.WITHDRAWN) {
      return Contribution.NONE;
    }
    if (!closed) {
      return Contribution.DENOMINATOR;
    }
    if (onTime
        && (f.handlingDueAt().isEmpty() || f.closedAt().get().isAfter(f.handlingDueAt().get()))) {
      return Contribution.DENOMINATOR;
    }
    return Contribution.BOTH;
  }
}
