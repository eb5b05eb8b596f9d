package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.FACTS;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.HRSS;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.MARCH;
import static org.db3311.sgc.core.evaluation.MetricCalculatorTest.ZONE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"8.2.5", "R8"})
@DisplayName("8.2.5 统一考核：对历史数据按期或实时统计 — figures are published with their definition version")
class EvaluationServiceTest {

  static final Actor STATS = Actor.of("s-200", "考核专员");
  final InMemoryCaseFactSource source = new InMemoryCaseFactSource(FACTS);
  final MetricDefinitions definitions = MetricDefinitions.r8Defaults();
  final InMemoryPublishedFigureStore store = new InMemoryPublishedFigureStore();

  EvaluationService at(Instant now) {
    return new EvaluationService(source, definitions, store, Clock.fixed(now, ZONE));
  }

  @Test
  @DisplayName(
      "a published figure names its version and recomputes as published, also after a new version")
  void recomputed_as_published() {
    EvaluationService service = at(Instant.parse("2025-04-02T02:00:00Z"));
    PublishedFigure published =
        service.publish(MetricKind.SATISFACTION_RATE, Optional.of(HRSS), MARCH, STATS);
    assertThat(published.figure().definitionVersion()).isEqualTo(1);
    assertThat(published.figure().rate()).isEqualTo(new Rate(2, 3));
    assertThat(published.figure().cutoff()).isEqualTo(MARCH.end());
    assertThat(store.all()).containsExactly(published);

    SatisfactionRateDefinition strict =
        new SatisfactionRateDefinition(
            3,
            LocalDate.of(2027, 1, 1),
            EnumSet.of(SurveyAnswer.SATISFIED),
            true,
            "only 满意 counts");
    definitions.register(strict);
    Recomputation again = service.recompute(published);

    assertThat(again.matches()).isTrue();
    assertThat(again.recomputed().rate()).isEqualTo(new Rate(2, 3));
    assertThat(service.publish(strict, Optional.of(HRSS), MARCH, STATS).figure())
        .extracting(Figure::definitionVersion, Figure::rate)
        .containsExactly(3, new Rate(1, 3));
  }

  @Test
  @DisplayName("when the facts behind a published figure change, recomputation says so")
  void changed_facts_are_detected() {
    EvaluationService service = at(Instant.parse("2025-04-02T02:00:00Z"));
    PublishedFigure published =
        service.publish(MetricKind.HANDLING_RATE, Optional.of(HRSS), MARCH, STATS);
    MatterFact m3 = source.find(MatterId.of("M3")).orElseThrow();
    source.upsert(
        m3.toBuilder()
            .closed(MetricCalculatorTest.day(5), org.db3311.sgc.core.facts.Outcome.RESOLVED)
            .build());

    Recomputation again = service.recompute(published);

    assertThat(again.matches()).isFalse();
    assertThat(again.recomputed().rate()).isEqualTo(new Rate(4, 4));
  }

  @Test
  @DisplayName("real time: the current month as known at this instant")
  void real_time() {
    EvaluationSheet now = at(MetricCalculatorTest.day(9)).realTime();

    assertThat(now.period()).isEqualTo(MARCH);
    assertThat(now.cutoff()).isEqualTo(MetricCalculatorTest.day(9));
    assertThat(now.rate(HRSS, MetricKind.HANDLING_RATE)).isEqualTo(new Rate(2, 4));
  }

  @Test
  @DisplayName("按期: a past period is computed up to its end")
  void by_period() {
    EvaluationSheet march = at(Instant.parse("2025-07-01T00:00:00Z")).sheet(MARCH);

    assertThat(march.cutoff()).isEqualTo(MARCH.end());
    assertThat(march.rate(HRSS, MetricKind.HANDLING_RATE)).isEqualTo(new Rate(3, 4));
  }

  @Test
  @DisplayName("R8: published figures are read back as published, oldest first, and by id")
  void published_figures_are_listed_and_found() {
    PublishedFigure first =
        at(Instant.parse("2025-04-02T02:00:00Z"))
            .publish(MetricKind.HANDLING_RATE, Optional.of(HRSS), MARCH, STATS);
    EvaluationService later = at(Instant.parse("2025-04-03T02:00:00Z"));
    PublishedFigure second =
        later.publish(MetricKind.RESPONSE_RATE, Optional.empty(), MARCH, STATS);

    assertThat(later.published()).containsExactly(first, second);
    assertThat(later.published(second.id())).isEqualTo(second);
    assertThatThrownBy(() -> later.published("HANDLING_RATE/none/2025-03/v1/0"))
        .isInstanceOf(PublishedFigureNotFoundException.class)
        .hasMessageContaining("HANDLING_RATE/none/2025-03/v1/0");
  }
}
