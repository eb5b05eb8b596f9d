package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.D1;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.FACTS;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.HRSS;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.MARCH;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.TOWN;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.ZONE;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.day;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.matter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the unified assessment (8.2.5 统一考核, R8): what the input digest of a published figure
 * covers, whose items a department figure counts, each definition's words and item names, ties in
 * the annual ranking.
 */
@Implements({"8.2.5", "9.2.2", "R8"})
@DisplayName("8.2.5 统一考核 — input digests, department scope, definition words, ranking ties")
class EvaluationEdgesTest {

  static final Actor STATS = Actor.of("s-200", "考核专员");
  static final Instant APRIL = Instant.parse("2025-04-02T02:00:00Z");

  /** A source that hands out its facts in the order given, as a database without ORDER BY may. */
  record Ordered(List<MatterFact> facts) implements CaseFactSource {
    @Override
    public Stream<MatterFact> all() {
      return facts.stream();
    }

    @Override
    public Optional<MatterFact> find(MatterId id) {
      return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }
  }

  static EvaluationService service(CaseFactSource source, InMemoryPublishedFigureStore store) {
    return new EvaluationService(
        source, MetricDefinitions.r8Defaults(), store, Clock.fixed(APRIL, ZONE));
  }

  @Test
  @DisplayName("a figure's input digest does not depend on the order the facts are read in")
  void digest_is_order_free() {
    List<MatterFact> reversed = new ArrayList<>(FACTS);
    java.util.Collections.reverse(reversed);

    PublishedFigure a =
        service(new Ordered(FACTS), new InMemoryPublishedFigureStore())
            .publish(MetricKind.HANDLING_RATE, Optional.empty(), MARCH, STATS);
    PublishedFigure b =
        service(new Ordered(reversed), new InMemoryPublishedFigureStore())
            .publish(MetricKind.HANDLING_RATE, Optional.empty(), MARCH, STATS);

    assertThat(b.inputDigest()).isEqualTo(a.inputDigest());
  }

  @Test
  @DisplayName(
      "an auditor can check the digest: SHA-256 over the sorted lines item:N or item:D, one per"
          + " counted item")
  void digest_has_the_published_format() throws Exception {
    PublishedFigure published =
        service(new Ordered(FACTS), new InMemoryPublishedFigureStore())
            .publish(MetricKind.HANDLING_RATE, Optional.of(HRSS), MARCH, STATS);
    // M3 is open at the end of March; M1, M2 and the withdrawn M4 are closed
    byte[] expected =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest("M1:N\nM2:N\nM3:D\nM4:N\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(published.inputDigest()).isEqualTo(java.util.HexFormat.of().formatHex(expected));
  }

  @Test
  @DisplayName(
      "recomputation notices changed inputs even when the rate is the same: the digest covers"
          + " which matters counted")
  void digest_covers_the_items() {
    List<MatterFact> facts = new ArrayList<>(FACTS);
    Ordered source = new Ordered(facts);
    InMemoryPublishedFigureStore store = new InMemoryPublishedFigureStore();
    PublishedFigure published =
        service(source, store).publish(MetricKind.HANDLING_RATE, Optional.of(HRSS), MARCH, STATS);
    assertThat(published.figure().rate()).isEqualTo(new Rate(3, 4));
    // M3 closes and M1 is reopened: still three of four closed, but not the same three
    facts.replaceAll(
        f ->
            switch (f.id().value()) {
              case "M3" -> f.toBuilder().closed(day(6), Outcome.RESOLVED).build();
              case "M1" ->
                  matter("M1")
                      .accepted(D1)
                      .handlingDue(day(20))
                      .assigned(HRSS, D1, day(1))
                      .signedFor(D1.plusSeconds(3600))
                      .build();
              default -> f;
            });

    Recomputation again = service(source, store).recompute(published);

    assertThat(again.recomputed().rate()).isEqualTo(new Rate(3, 4));
    assertThat(again.inputDigest()).isNotEqualTo(published.inputDigest());
    assertThat(again.matches()).isFalse();
  }

  @Test
  @DisplayName("a department's figure counts its own matters; the center's counts every department")
  void department_scope() {
    EvaluationService service = service(new Ordered(FACTS), new InMemoryPublishedFigureStore());

    assertThat(
            service
                .publish(
                    new EvaluationUseCases.Publish(
                        MetricKind.HANDLING_RATE, Optional.of(TOWN), MARCH, STATS))
                .figure()
                .rate())
        .as("M5 closed after the end of March")
        .isEqualTo(new Rate(0, 1));
    assertThat(
            service
                .publish(
                    new EvaluationUseCases.Publish(
                        MetricKind.HANDLING_RATE, Optional.empty(), MARCH, STATS))
                .figure()
                .rate())
        .isEqualTo(new Rate(3, 5));
  }

  @Test
  @DisplayName("a figure whose definition version is not in the register cannot be recomputed")
  void unknown_version_is_refused() {
    InMemoryPublishedFigureStore store = new InMemoryPublishedFigureStore();
    PublishedFigure published =
        service(new Ordered(FACTS), store)
            .publish(MetricKind.HANDLING_RATE, Optional.of(HRSS), MARCH, STATS);
    EvaluationService empty =
        new EvaluationService(
            new Ordered(FACTS), new MetricDefinitions(), store, Clock.fixed(APRIL, ZONE));

    assertThatThrownBy(() -> empty.recompute(published))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HANDLING_RATE v1 is missing from the register");
  }

  @Test
  @DisplayName("a figure published in a unit of work that fails is not kept")
  void publication_rolls_back() {
    InMemoryPublishedFigureStore store = new InMemoryPublishedFigureStore();
    EvaluationService service = service(new Ordered(FACTS), store);

    assertThatThrownBy(
            () ->
                new InMemoryUnitOfWork()
                    .run(
                        () -> {
                          service.publish(
                              MetricKind.HANDLING_RATE, Optional.of(HRSS), MARCH, STATS);
                          throw new IllegalStateException("the announcement failed");
                        }))
        .hasMessage("the announcement failed");

    assertThat(store.all()).isEmpty();
  }

  @Test
  @DisplayName("each definition says in words what it counts, with its grace and options")
  void definitions_in_words() {
    LocalDate from = MetricDefinitions.IN_FORCE;
    assertThat(new ResponseRateDefinition(1, from, Duration.ZERO, "r").text())
        .isEqualTo("matters signed for by the response deadline ÷ matters assigned in the period");
    assertThat(new ResponseRateDefinition(1, from, Duration.ofHours(2), "r").text())
        .isEqualTo(
            "matters signed for by the response deadline + PT2H ÷ matters assigned in the period");
    assertThat(new ResponseRateDefinition(2, from, Duration.ofHours(2), true, "r").text())
        .isEqualTo(
            "assignments signed for by the response deadline + PT2H ÷ assignments made in the"
                + " period, each against the unit it went to");
    assertThat(new ResponseRateDefinition(2, from, Duration.ZERO, true, "r").text())
        .startsWith("assignments signed for by the response deadline ÷");
    assertThat(new HandlingRateDefinition(1, from, false, false, "r").text())
        .isEqualTo("matters closed ÷ matters accepted in the period");
    assertThat(new HandlingRateDefinition(1, from, true, true, "r").text())
        .isEqualTo(
            "matters closed by their handling deadline ÷ matters accepted in the period,"
                + " withdrawn matters not counted");
    assertThat(
            new SatisfactionRateDefinition(1, from, EnumSet.of(SurveyAnswer.SATISFIED), "r").text())
        .isEqualTo("surveys answered [SATISFIED] ÷ surveys answered in the period");
    assertThat(
            new SatisfactionRateDefinition(1, from, EnumSet.of(SurveyAnswer.SATISFIED), true, "r")
                .text())
        .isEqualTo("survey answers [SATISFIED] ÷ survey answers given in the period, every round");
  }

  @Test
  @DisplayName("R8 per-assignment and per-answer items are named by the matter and their round")
  void item_names() {
    MatterFact twice =
        matter("M9")
            .accepted(D1)
            .earlierAssignment(new Assignment(TOWN, D1, day(1), Optional.of(D1)))
            .assigned(HRSS, day(2), day(3))
            .signedFor(day(2))
            .earlierSurvey(SurveyAnswer.DISSATISFIED, day(4))
            .closed(day(5), Outcome.RESOLVED)
            .survey(SurveyAnswer.SATISFIED, day(6))
            .build();
    Map<String, Boolean> items = new LinkedHashMap<>();
    MetricDefinition.Tally tally = (unit, item, numerator) -> items.put(item, numerator);
    MetricDefinitions r8 = MetricDefinitions.r8Defaults();

    r8.get(MetricKind.RESPONSE_RATE, 2).orElseThrow().count(twice, MARCH, MARCH.end(), tally);
    r8.get(MetricKind.SATISFACTION_RATE, 2).orElseThrow().count(twice, MARCH, MARCH.end(), tally);

    assertThat(items)
        .containsExactly(
            Map.entry("M9/a1", true),
            Map.entry("M9/a2", true),
            Map.entry("M9/s1", false),
            Map.entry("M9/s2", true));
  }

  @Test
  @DisplayName(
      "an open matter, or one closed after its handling deadline, counts in the denominator only")
  void handling_classification() {
    HandlingRateDefinition onTime =
        new HandlingRateDefinition(1, MetricDefinitions.IN_FORCE, true, false, "r");
    MatterFact open = FACTS.get(2);
    MatterFact late = FACTS.get(1);
    MatterFact inTime = FACTS.get(0);

    assertThat(onTime.classify(open, MARCH, MARCH.end())).isEqualTo(Contribution.DENOMINATOR);
    assertThat(onTime.classify(late, MARCH, MARCH.end())).isEqualTo(Contribution.DENOMINATOR);
    assertThat(onTime.classify(inTime, MARCH, MARCH.end())).isEqualTo(Contribution.BOTH);
  }

  @Test
  @DisplayName("9.2.2 departments with the same score are ranked by their id")
  void ties_ranked_by_id() {
    Map<UnitId, Map<MetricKind, Rate>> d = new LinkedHashMap<>();
    Map<MetricKind, Rate> same = new EnumMap<>(MetricKind.class);
    same.put(MetricKind.HANDLING_RATE, new Rate(9, 10));
    d.put(UnitId.of("z.unit"), same);
    d.put(UnitId.of("a.unit"), same);
    EvaluationSheet sheet =
        new EvaluationSheet(MARCH, MARCH.end(), Map.of(MetricKind.HANDLING_RATE, 1), d, Map.of());

    AnnualAssessment.Sheet ranked =
        new AnnualAssessment().assess(2025, sheet, AssessmentWeights.equal());

    assertThat(ranked.rows())
        .extracting(r -> r.department().value(), AnnualAssessment.Row::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.unit", 1),
            org.assertj.core.groups.Tuple.tuple("z.unit", 2));
    assertThat(ranked.rows().getFirst().score()).contains(new BigDecimal("90.00"));
  }

  @Test
  @DisplayName("a rate shows its counts and percent; an undefined rate only its counts")
  void rate_in_words() {
    assertThat(new Rate(3, 4)).hasToString("3/4 (75.00 %)");
    assertThat(Rate.EMPTY).hasToString("0/0");
  }

  @Test
  @DisplayName("a period of days runs from the first day's start to the end of the last, inclusive")
  void period_of_days() {
    Period p = Period.days(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2), ZONE);

    assertThat(p.label()).isEqualTo("2025-12-30..2026-01-02");
    assertThat(p.start()).isEqualTo(Instant.parse("2025-12-29T16:00:00Z"));
    assertThat(p.end()).isEqualTo(Instant.parse("2026-01-02T16:00:00Z"));
    assertThat(p.contains(Instant.parse("2026-01-02T15:59:59Z"))).isTrue();
    assertThat(p.contains(p.end())).isFalse();
  }
}
