package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.evaluation.MetricProperties.ZONE;
import static org.db3311.sgc.core.evaluation.MetricProperties.cutoff;
import static org.db3311.sgc.core.evaluation.MetricProperties.in;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterHistories;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.db3311.sgc.core.facts.SurveyResponse;

/**
 * The R8 defaults in effect now against a brute-force count over every assignment and every survey
 * answer, for histories where matters pass from unit to unit and are surveyed more than once.
 */
@Implements({"R8", "9.2.2"})
class R8CountingProperties {

  static final MetricDefinitions R8 = MetricDefinitions.r8Defaults();
  static final Set<SurveyAnswer> GOOD =
      EnumSet.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED);
  final MetricCalculator calc = new MetricCalculator();

  @Provide
  Arbitrary<List<MatterFact>> histories() {
    return Arbitraries.integers()
        .between(0, 300)
        .flatMap(
            n ->
                Arbitraries.randomValue(
                    r -> {
                      Random random = new Random(r.nextLong());
                      return MatterHistories.withEarlierRounds(
                          random, MatterHistories.generate(random, n, 150, 60));
                    }));
  }

  @Provide
  Arbitrary<Period> periods() {
    return Arbitraries.integers()
        .between(0, 6)
        .map(m -> m == 6 ? Period.year(2025, ZONE) : Period.month(YearMonth.of(2025, m + 1), ZONE));
  }

  @Provide
  Arbitrary<Optional<UnitId>> departments() {
    return Arbitraries.of(MatterHistories.UNITS).optional(0.8);
  }

  static MetricDefinition now(MetricKind kind) {
    return R8.effectiveOn(kind, MetricDefinitions.R8_CORRECTED);
  }

  /** items signed for within the response deadline ÷ items assigned: every assignment an item */
  static Rate bruteResponse(List<MatterFact> fs, Optional<UnitId> dept, Period p, Instant cut) {
    long n = 0;
    long d = 0;
    for (MatterFact f : fs) {
      for (Assignment a : f.assignments()) {
        if ((dept.isEmpty() || dept.get().equals(a.unit())) && in(p, cut, a.assignedAt())) {
          d++;
          if (a.signedForAt().filter(t -> !t.isAfter(cut)).isPresent()
              && !a.signedForAt().get().isAfter(a.responseDueAt())) {
            n++;
          }
        }
      }
    }
    return new Rate(n, d);
  }

  /** (satisfied + basically satisfied) ÷ surveys answered: every answer an item */
  static Rate bruteSatisfaction(List<MatterFact> fs, Optional<UnitId> dept, Period p, Instant cut) {
    long n = 0;
    long d = 0;
    for (MatterFact f : fs) {
      if (dept.isPresent() && !dept.equals(f.handlingUnit())) {
        continue;
      }
      for (SurveyResponse s : f.surveys()) {
        if (in(p, cut, s.answeredAt())) {
          d++;
          if (GOOD.contains(s.answer())) {
            n++;
          }
        }
      }
    }
    return new Rate(n, d);
  }

  /** The generated histories do hand matters on and survey them again. */
  @net.jqwik.api.Example
  void generated_histories_have_reassignments_and_repeated_surveys() {
    List<MatterFact> facts =
        MatterHistories.withEarlierRounds(
            new Random(3), MatterHistories.generate(new Random(7), 400, 150, 60));
    assertThat(facts).anyMatch(f -> f.assignments().size() > 1);
    assertThat(facts)
        .anyMatch(
            f ->
                f.assignments().size() > 1
                    && !f.assignments().getFirst().unit().equals(f.handlingUnit().orElseThrow()));
    assertThat(facts).anyMatch(f -> f.surveys().size() > 1);
  }

  @Property(tries = 200)
  void the_response_rate_counts_every_assignment_against_the_unit_it_went_to(
      @ForAll("histories") List<MatterFact> facts,
      @ForAll("departments") Optional<UnitId> dept,
      @ForAll("periods") Period period,
      @ForAll @IntRange(min = 0, max = 1000) int cutPermille) {
    Instant cut = cutoff(period, cutPermille);
    assertThat(calc.figure(now(MetricKind.RESPONSE_RATE), dept, period, cut, facts).rate())
        .isEqualTo(bruteResponse(facts, dept, period, cut));
  }

  @Property(tries = 200)
  void the_satisfaction_rate_counts_every_survey_answered(
      @ForAll("histories") List<MatterFact> facts,
      @ForAll("departments") Optional<UnitId> dept,
      @ForAll("periods") Period period,
      @ForAll @IntRange(min = 0, max = 1000) int cutPermille) {
    Instant cut = cutoff(period, cutPermille);
    assertThat(calc.figure(now(MetricKind.SATISFACTION_RATE), dept, period, cut, facts).rate())
        .isEqualTo(bruteSatisfaction(facts, dept, period, cut));
  }

  @Property(tries = 100)
  void the_one_pass_sheet_counts_the_same(
      @ForAll("histories") List<MatterFact> facts, @ForAll("periods") Period period) {
    EvaluationSheet sheet =
        calc.sheet(R8.allEffectiveOn(MetricDefinitions.R8_CORRECTED), period, period.end(), facts);
    for (UnitId u : MatterHistories.UNITS) {
      Optional<UnitId> d = Optional.of(u);
      assertThat(sheet.rate(u, MetricKind.RESPONSE_RATE))
          .isEqualTo(bruteResponse(facts, d, period, period.end()));
      assertThat(sheet.rate(u, MetricKind.SATISFACTION_RATE))
          .isEqualTo(bruteSatisfaction(facts, d, period, period.end()));
    }
    assertThat(sheet.overall().get(MetricKind.RESPONSE_RATE))
        .isEqualTo(bruteResponse(facts, Optional.empty(), period, period.end()));
  }
}
