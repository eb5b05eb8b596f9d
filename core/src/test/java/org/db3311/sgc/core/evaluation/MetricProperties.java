package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterHistories;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.SurveyAnswer;

/**
 * The evaluation figures against an independent brute-force recomputation written straight from
 * ruling R8's wording, over generated matter histories.
 */
@Implements({"R8", "8.2.5", "9.2.2"})
class MetricProperties {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final MetricDefinitions R8 = MetricDefinitions.r8Defaults();
  static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  final MetricCalculator calc = new MetricCalculator();

  @Provide
  Arbitrary<List<MatterFact>> histories() {
    return Arbitraries.integers()
        .between(0, 400)
        .flatMap(
            n ->
                Arbitraries.randomValue(
                    r -> MatterHistories.generate(new Random(r.nextLong()), n, 150, 60)));
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

  /** The cut-off: the period's end, or any instant in or after it. */
  static Instant cutoff(Period p, int permille) {
    long span = Duration.between(p.start(), p.end()).getSeconds() * 2;
    return permille == 1000 ? p.end() : p.start().plusSeconds(span * permille / 1000);
  }

  // --- brute force, from R8's words ------------------------------------------------------------

  static boolean in(Period p, Instant cutoff, Instant t) {
    return t.compareTo(p.start()) >= 0 && t.compareTo(p.end()) < 0 && t.compareTo(cutoff) <= 0;
  }

  static Rate count(
      List<MatterFact> facts, Predicate<MatterFact> denominator, Predicate<MatterFact> numerator) {
    long d = 0;
    long n = 0;
    for (MatterFact f : facts) {
      if (denominator.test(f)) {
        d++;
        if (numerator.test(f)) {
          n++;
        }
      }
    }
    return new Rate(n, d);
  }

  static Predicate<MatterFact> of(Optional<UnitId> dept) {
    return f -> dept.isEmpty() || f.handlingUnit().equals(dept);
  }

  /** items signed for within the response deadline ÷ items assigned */
  static Rate bruteResponse(List<MatterFact> fs, Optional<UnitId> dept, Period p, Instant cut) {
    return count(
        fs,
        f -> of(dept).test(f) && f.assignedAt().map(t -> in(p, cut, t)).orElse(false),
        f ->
            f.signedForAt().isPresent()
                && f.signedForAt().get().compareTo(cut) <= 0
                && f.signedForAt().get().compareTo(f.responseDueAt().get()) <= 0);
  }

  /** items closed ÷ items accepted (on time: closed by the handling deadline) */
  static Rate bruteHandling(
      List<MatterFact> fs, Optional<UnitId> dept, Period p, Instant cut, boolean onTime) {
    return count(
        fs,
        f -> of(dept).test(f) && f.acceptedAt().map(t -> in(p, cut, t)).orElse(false),
        f ->
            f.closedAt().isPresent()
                && f.closedAt().get().compareTo(cut) <= 0
                && (!onTime
                    || (f.handlingDueAt().isPresent()
                        && f.closedAt().get().compareTo(f.handlingDueAt().get()) <= 0)));
  }

  /** (satisfied + basically satisfied) ÷ surveys answered */
  static Rate bruteSatisfaction(
      List<MatterFact> fs, Optional<UnitId> dept, Period p, Instant cut, Set<SurveyAnswer> good) {
    return count(
        fs,
        f -> of(dept).test(f) && f.survey().map(s -> in(p, cut, s.answeredAt())).orElse(false),
        f -> good.contains(f.survey().get().answer()));
  }

  Figure figure(MetricKind kind, List<MatterFact> fs, Optional<UnitId> d, Period p, Instant cut) {
    return calc.figure(R8.effectiveOn(kind, DAY), d, p, cut, fs);
  }

  /** The generated histories reach every branch the definitions distinguish. */
  @net.jqwik.api.Example
  void generated_histories_exercise_both_counts_of_every_metric() {
    List<MatterFact> facts = MatterHistories.generate(new Random(7), 400, 150, 60);
    Period march = Period.month(YearMonth.of(2025, 3), ZONE);
    for (MetricKind kind : MetricKind.values()) {
      Rate r = figure(kind, facts, Optional.empty(), march, march.end()).rate();
      assertThat(r.numerator()).as(kind.name()).isPositive();
      assertThat(r.denominator()).as(kind.name()).isGreaterThan(r.numerator());
    }
  }

  @Property(tries = 200)
  void every_figure_equals_the_brute_force_count(
      @ForAll("histories") List<MatterFact> facts,
      @ForAll("departments") Optional<UnitId> dept,
      @ForAll("periods") Period period,
      @ForAll @IntRange(min = 0, max = 1000) int cutPermille) {
    Instant cut = cutoff(period, cutPermille);

    assertThat(figure(MetricKind.RESPONSE_RATE, facts, dept, period, cut).rate())
        .isEqualTo(bruteResponse(facts, dept, period, cut));
    assertThat(figure(MetricKind.HANDLING_RATE, facts, dept, period, cut).rate())
        .isEqualTo(bruteHandling(facts, dept, period, cut, false));
    assertThat(figure(MetricKind.ON_TIME_HANDLING_RATE, facts, dept, period, cut).rate())
        .isEqualTo(bruteHandling(facts, dept, period, cut, true));
    assertThat(figure(MetricKind.SATISFACTION_RATE, facts, dept, period, cut).rate())
        .isEqualTo(
            bruteSatisfaction(
                facts,
                dept,
                period,
                cut,
                EnumSet.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED)));
  }

  @Property(tries = 100)
  void the_one_pass_sheet_equals_the_brute_force_per_department(
      @ForAll("histories") List<MatterFact> facts, @ForAll("periods") Period period) {
    EvaluationSheet sheet = calc.sheet(R8.allEffectiveOn(DAY), period, period.end(), facts);

    for (UnitId u : MatterHistories.UNITS) {
      Optional<UnitId> d = Optional.of(u);
      assertThat(sheet.rate(u, MetricKind.RESPONSE_RATE))
          .isEqualTo(bruteResponse(facts, d, period, period.end()));
      assertThat(sheet.rate(u, MetricKind.ON_TIME_HANDLING_RATE))
          .isEqualTo(bruteHandling(facts, d, period, period.end(), true));
    }
    assertThat(sheet.overall().get(MetricKind.HANDLING_RATE))
        .isEqualTo(bruteHandling(facts, Optional.empty(), period, period.end(), false));
    assertThat(sheet.overall().get(MetricKind.SATISFACTION_RATE))
        .isEqualTo(
            bruteSatisfaction(
                facts,
                Optional.empty(),
                period,
                period.end(),
                EnumSet.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED)));
  }

  @Property(tries = 100)
  void a_later_version_is_computed_by_its_own_rules(@ForAll("histories") List<MatterFact> facts) {
    Period year = Period.year(2025, ZONE);
    HandlingRateDefinition v2 =
        new HandlingRateDefinition(2, LocalDate.of(2025, 1, 1), false, true, "withdrawn excluded");
    Rate computed = calc.figure(v2, Optional.empty(), year, year.end(), facts).rate();

    Rate brute =
        count(
            facts,
            f ->
                f.acceptedAt().map(t -> in(year, year.end(), t)).orElse(false)
                    && !(f.closedAt().map(t -> !t.isAfter(year.end())).orElse(false)
                        && f.outcome().get() == Outcome.WITHDRAWN),
            f -> f.closedAt().map(t -> !t.isAfter(year.end())).orElse(false));
    assertThat(computed).isEqualTo(brute);
  }

  @Property(tries = 100)
  void monthly_counts_add_up_to_the_year(
      @ForAll("histories") List<MatterFact> facts, @ForAll("departments") Optional<UnitId> dept) {
    Period year = Period.year(2025, ZONE);
    Instant cut = year.end();
    for (MetricKind kind : MetricKind.values()) {
      Rate sum = Rate.EMPTY;
      for (int m = 1; m <= 12; m++) {
        sum =
            sum.plus(
                figure(kind, facts, dept, Period.month(YearMonth.of(2025, m), ZONE), cut).rate());
      }
      assertThat(sum).as(kind.name()).isEqualTo(figure(kind, facts, dept, year, cut).rate());
    }
  }

  @Property(tries = 100)
  void departments_add_up_to_at_most_the_center(
      @ForAll("histories") List<MatterFact> facts, @ForAll("periods") Period period) {
    EvaluationSheet sheet = calc.sheet(R8.allEffectiveOn(DAY), period, period.end(), facts);
    for (MetricKind kind : MetricKind.values()) {
      Rate sum =
          sheet.departments().values().stream()
              .map(m -> m.getOrDefault(kind, Rate.EMPTY))
              .reduce(Rate.EMPTY, Rate::plus);
      Rate overall = sheet.overall().get(kind);
      assertThat(sum.denominator()).isLessThanOrEqualTo(overall.denominator());
      assertThat(sum.numerator()).isLessThanOrEqualTo(overall.numerator());
    }
  }
}
