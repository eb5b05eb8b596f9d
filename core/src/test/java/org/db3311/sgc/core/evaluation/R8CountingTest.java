package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"R8", "9.2.2"})
@DisplayName(
    "R8 响应率 counts every assignment against the unit it went to; 满意率 counts every survey"
        + " answered")
class R8CountingTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Period DECEMBER = Period.month(YearMonth.of(2026, 12), ZONE);
  static final Period JANUARY = Period.month(YearMonth.of(2027, 1), ZONE);
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final UnitId TOWN = UnitId.of("town.liandu.01");
  static final MetricDefinitions R8 = MetricDefinitions.r8Defaults();
  static final Actor STATS = Actor.of("s-200", "考核专员");

  static Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  static MatterFact.Builder matter(String id) {
    return MatterFact.registered(
            MatterId.of(id),
            MatterKind.DISPUTE,
            "劳动争议",
            DivisionCode.of("331102"),
            at("2026-12-01T09:00"))
        .accepted(at("2026-12-01T10:00"));
  }

  /**
   * M1: the bureau never signs, the matter goes to the township, which signs in time; answered
   * dissatisfied, reopened, answered satisfied. M2: the township gets it on New Year's Eve and
   * hands it to the bureau on 2 January, which signs in time.
   */
  static final List<MatterFact> FACTS =
      List.of(
          matter("M1")
              .earlierAssignment(
                  new Assignment(
                      HRSS, at("2026-12-02T09:00"), at("2026-12-03T23:59"), Optional.empty()))
              .assigned(TOWN, at("2026-12-04T09:00"), at("2026-12-05T23:59"))
              .signedFor(at("2026-12-04T15:00"))
              .earlierSurvey(SurveyAnswer.DISSATISFIED, at("2026-12-10T10:00"))
              .closed(at("2026-12-18T10:00"), Outcome.RESOLVED)
              .survey(SurveyAnswer.SATISFIED, at("2026-12-20T10:00"))
              .build(),
          matter("M2")
              .earlierAssignment(
                  new Assignment(
                      TOWN,
                      at("2026-12-31T22:00"),
                      at("2027-01-01T23:59"),
                      Optional.of(at("2027-01-01T08:00"))))
              .assigned(HRSS, at("2027-01-02T09:00"), at("2027-01-04T23:59"))
              .signedFor(at("2027-01-02T10:00"))
              .build());

  final MetricCalculator calc = new MetricCalculator();

  Rate rate(MetricKind kind, Optional<UnitId> unit, Period p) {
    MetricDefinition d = R8.effectiveOn(kind, p.start().atZone(ZONE).toLocalDate());
    return calc.figure(d, unit, p, p.end(), FACTS).rate();
  }

  @Test
  @DisplayName("an assignment the matter moved on from still counts against its unit")
  void every_assignment_counts() {
    assertThat(rate(MetricKind.RESPONSE_RATE, Optional.of(HRSS), DECEMBER))
        .as("M1 went to the bureau first and was never signed for there")
        .isEqualTo(new Rate(0, 1));
    assertThat(rate(MetricKind.RESPONSE_RATE, Optional.of(TOWN), DECEMBER))
        .as("M1 signed in time; M2 assigned on 31 December, not signed for by the month's end")
        .isEqualTo(new Rate(1, 2));
    assertThat(rate(MetricKind.RESPONSE_RATE, Optional.empty(), DECEMBER))
        .isEqualTo(new Rate(1, 3));
  }

  @Test
  @DisplayName("across the year boundary each assignment falls in the month it was made")
  void across_the_year_boundary() {
    assertThat(rate(MetricKind.RESPONSE_RATE, Optional.of(HRSS), JANUARY))
        .isEqualTo(new Rate(1, 1));
    assertThat(rate(MetricKind.RESPONSE_RATE, Optional.of(TOWN), JANUARY)).isEqualTo(Rate.EMPTY);
    MetricDefinition v2 =
        R8.effectiveOn(MetricKind.RESPONSE_RATE, DECEMBER.start().atZone(ZONE).toLocalDate());
    assertThat(calc.figure(v2, Optional.of(TOWN), DECEMBER, at("2027-01-05T00:00"), FACTS).rate())
        .as("known on 5 January: M2 was signed for in time on 1 January")
        .isEqualTo(new Rate(2, 2));
  }

  @Test
  @DisplayName("each survey answered counts, not one answer per matter")
  void every_survey_counts() {
    assertThat(rate(MetricKind.SATISFACTION_RATE, Optional.of(TOWN), DECEMBER))
        .isEqualTo(new Rate(1, 2));
  }

  @Test
  @DisplayName("a figure published with version 1 still recomputes as published")
  void version_one_recomputes_as_published() {
    InMemoryPublishedFigureStore store = new InMemoryPublishedFigureStore();
    EvaluationService service =
        new EvaluationService(
            new InMemoryCaseFactSource(FACTS),
            R8,
            store,
            Clock.fixed(at("2027-01-05T09:00"), ZONE));
    MetricDefinition v1 = R8.get(MetricKind.RESPONSE_RATE, 1).orElseThrow();
    PublishedFigure old = service.publish(v1, Optional.of(HRSS), DECEMBER, STATS);
    PublishedFigure corrected =
        service.publish(MetricKind.RESPONSE_RATE, Optional.of(HRSS), DECEMBER, STATS);

    assertThat(old.figure().rate()).as("v1 saw only M1's current unit").isEqualTo(Rate.EMPTY);
    assertThat(corrected.figure().definitionVersion()).isEqualTo(2);
    assertThat(corrected.figure().rate()).isEqualTo(new Rate(0, 1));
    assertThat(service.recompute(old).matches()).isTrue();
    assertThat(service.recompute(corrected).matches()).isTrue();
    assertThat(corrected.definitionText()).contains("each against the unit it went to");
  }
}
