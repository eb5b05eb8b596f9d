package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.SurveyAnswer;

/**
 * Satisfaction rate (满意率): of the surveys answered in the period, the share whose answer is
 * favourable (by default satisfied or basically satisfied).
 */
@Implements({"R8", "9.2.2"})
public record SatisfactionRateDefinition(
    int version, LocalDate effectiveFrom, Set<SurveyAnswer> favourable, String rationale)
    implements MetricDefinition {

  public SatisfactionRateDefinition {
    Definitions.check(version, effectiveFrom, rationale);
    if (favourable == null || favourable.isEmpty()) {
      throw new IllegalArgumentException("a satisfaction rate names its favourable answers");
    }
    favourable = Set.copyOf(EnumSet.copyOf(favourable));
  }

  @Override
  public MetricKind kind() {
    return MetricKind.SATISFACTION_RATE;
  }

  @Override
  public String text() {
    return "surveys answered " + favourable + " ÷ surveys answered in the period";
  }

  @Override
  public Contribution classify(MatterFact f, Period period, Instant cutoff) {
    if (f.survey().isEmpty()
        || !MetricDefinition.within(f.survey().get().answeredAt(), period, cutoff)) {
      return Contribution.NONE;
    }
    return favourable.contains(f.survey().get().answer())
        ? Contribution.BOTH
        : Contribution.DENOMINATOR;
  }
}
