package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.db3311.sgc.core.facts.SurveyResponse;

/**
 * Satisfaction rate (满意率): of the surveys answered in the period, the share whose answer is
 * favourable (by default satisfied or basically satisfied). With {@code everySurvey} each answer
 * counts, every follow-up round of a matter included (ruling R8: per survey answered); without it
 * (version 1, kept so that figures published with it recompute as published) only a matter's latest
 * answer counts.
 */
@Implements({"R8", "9.2.2"})
public record SatisfactionRateDefinition(
    int version,
    LocalDate effectiveFrom,
    Set<SurveyAnswer> favourable,
    boolean everySurvey,
    String rationale)
    implements MetricDefinition {

  public SatisfactionRateDefinition {
    Definitions.check(version, effectiveFrom, rationale);
    if (favourable == null || favourable.isEmpty()) {
      throw new IllegalArgumentException("a satisfaction rate names its favourable answers");
    }
    favourable = Set.copyOf(EnumSet.copyOf(favourable));
  }

  /** A definition counting only each matter's latest answer, as version 1 did. */
  public SatisfactionRateDefinition(
      int version, LocalDate effectiveFrom, Set<SurveyAnswer> favourable, String rationale) {
    this(version, effectiveFrom, favourable, false, rationale);
  }

  @Override
  public MetricKind kind() {
    return MetricKind.SATISFACTION_RATE;
  }

  @Override
  public String text() {
    return everySurvey
        ? "survey answers " + favourable + " ÷ survey answers given in the period, every round"
        : "surveys answered " + favourable + " ÷ surveys answered in the period";
  }

  @Override
  public void count(MatterFact f, Period period, Instant cutoff, Tally tally) {
    if (!everySurvey) {
      MetricDefinition.super.count(f, period, cutoff, tally);
      return;
    }
    List<SurveyResponse> all = f.surveys();
    for (int i = 0; i < all.size(); i++) {
      SurveyResponse s = all.get(i);
      if (MetricDefinition.within(s.answeredAt(), period, cutoff)) {
        tally.item(department(f), f.id().value() + "/s" + (i + 1), favourable.contains(s.answer()));
      }
    }
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
