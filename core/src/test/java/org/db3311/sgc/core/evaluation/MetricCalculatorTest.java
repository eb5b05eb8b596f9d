package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"R8", "9.2.2"})
@DisplayName("9.2.2 应对部门响应率、处置率、满意率等进行评价 — R8 definitions on worked examples")
class MetricCalculatorTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Period MARCH = Period.month(YearMonth.of(2025, 3), ZONE);
  static final Instant END = MARCH.end();
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final UnitId TOWN = UnitId.of("town.liandu.01");
  static final Instant D1 = Instant.parse("2025-03-03T01:00:00Z");
  static final MetricDefinitions R8 = MetricDefinitions.r8Defaults();

  final MetricCalculator calc = new MetricCalculator();

  static MatterFact.Builder matter(String id) {
    return MatterFact.registered(
        MatterId.of(id), MatterKind.DISPUTE, "劳动争议", DivisionCode.of("331121"), D1);
  }

  static Instant day(int n) {
    return D1.plus(Duration.ofDays(n));
  }

  /** Four matters of the HRSS bureau and one of a township. */
  static final List<MatterFact> FACTS =
      List.of(
          // signed for in time, closed on time, satisfied
          matter("M1")
              .accepted(D1)
              .handlingDue(day(20))
              .assigned(HRSS, D1, day(1))
              .signedFor(D1.plusSeconds(3600))
              .closed(day(10), Outcome.RESOLVED)
              .survey(SurveyAnswer.SATISFIED, day(11))
              .build(),
          // signed for late, closed late, basically satisfied
          matter("M2")
              .accepted(D1)
              .handlingDue(day(5))
              .assigned(HRSS, D1, day(1))
              .signedFor(day(2))
              .closed(day(8), Outcome.UNRESOLVED)
              .survey(SurveyAnswer.BASICALLY_SATISFIED, day(9))
              .build(),
          // never signed for, open
          matter("M3").accepted(D1).handlingDue(day(30)).assigned(HRSS, D1, day(1)).build(),
          // withdrawn, dissatisfied
          matter("M4")
              .accepted(D1)
              .assigned(HRSS, D1, day(1))
              .signedFor(day(1))
              .closed(day(3), Outcome.WITHDRAWN)
              .survey(SurveyAnswer.DISSATISFIED, day(4))
              .build(),
          // township: closed after the end of March
          matter("M5")
              .accepted(D1)
              .handlingDue(day(60))
              .assigned(TOWN, D1, day(1))
              .signedFor(D1)
              .closed(day(40), Outcome.RESOLVED)
              .build());

  Figure figure(MetricKind kind, UnitId unit, Instant cutoff) {
    return calc.figure(
        R8.effectiveOn(kind, MARCH.start().atZone(ZONE).toLocalDate()),
        Optional.of(unit),
        MARCH,
        cutoff,
        FACTS);
  }

  @Test
  @DisplayName("响应率 = signed for within the response deadline ÷ assigned")
  void response_rate() {
    assertThat(figure(MetricKind.RESPONSE_RATE, HRSS, END).rate()).isEqualTo(new Rate(2, 4));
    assertThat(figure(MetricKind.RESPONSE_RATE, TOWN, END).rate()).isEqualTo(new Rate(1, 1));
  }

  @Test
  @DisplayName("处置率 = closed ÷ accepted; 按时处置率 counts only closures by the deadline")
  void handling_rates() {
    assertThat(figure(MetricKind.HANDLING_RATE, HRSS, END).rate()).isEqualTo(new Rate(3, 4));
    assertThat(figure(MetricKind.ON_TIME_HANDLING_RATE, HRSS, END).rate())
        .as("M2 closed after its deadline, M4 had no deadline")
        .isEqualTo(new Rate(1, 4));
    assertThat(figure(MetricKind.HANDLING_RATE, TOWN, END).rate())
        .as("closed in April: not handled as of the end of March")
        .isEqualTo(new Rate(0, 1));
  }

  @Test
  @DisplayName("满意率 = (satisfied + basically satisfied) ÷ surveys answered")
  void satisfaction_rate() {
    Figure f = figure(MetricKind.SATISFACTION_RATE, HRSS, END);
    assertThat(f.rate()).isEqualTo(new Rate(2, 3));
    assertThat(f.rate().percent(2)).contains(new BigDecimal("66.67"));
    assertThat(figure(MetricKind.SATISFACTION_RATE, TOWN, END).rate().percent(2)).isEmpty();
  }

  @Test
  @DisplayName("a figure only counts what had happened by its cut-off")
  void cutoff_hides_the_future() {
    assertThat(figure(MetricKind.HANDLING_RATE, HRSS, day(9)).rate()).isEqualTo(new Rate(2, 4));
    assertThat(figure(MetricKind.SATISFACTION_RATE, HRSS, day(9)).rate())
        .as("M2 answered exactly at the cut-off, M1 after it")
        .isEqualTo(new Rate(1, 2));
  }

  @Test
  @DisplayName(
      "a later version changes the figure only when it is used: strict satisfaction, no withdrawn")
  void versions_differ() {
    SatisfactionRateDefinition strict =
        new SatisfactionRateDefinition(
            2,
            MetricDefinitions.IN_FORCE.plusYears(2),
            EnumSet.of(SurveyAnswer.SATISFIED),
            "strict");
    HandlingRateDefinition noWithdrawn =
        new HandlingRateDefinition(
            2, MetricDefinitions.IN_FORCE.plusYears(2), false, true, "withdrawn not handled");

    assertThat(calc.figure(strict, Optional.of(HRSS), MARCH, END, FACTS).rate())
        .isEqualTo(new Rate(1, 3));
    assertThat(calc.figure(noWithdrawn, Optional.of(HRSS), MARCH, END, FACTS).rate())
        .isEqualTo(new Rate(2, 3));
  }

  @Test
  @DisplayName("the sheet gives every metric per department and for the whole center")
  void sheet() {
    EvaluationSheet sheet =
        calc.sheet(R8.allEffectiveOn(MARCH.start().atZone(ZONE).toLocalDate()), MARCH, END, FACTS);

    assertThat(sheet.departments().keySet()).containsExactly(HRSS, TOWN);
    assertThat(sheet.rate(HRSS, MetricKind.RESPONSE_RATE)).isEqualTo(new Rate(2, 4));
    assertThat(sheet.overall().get(MetricKind.RESPONSE_RATE)).isEqualTo(new Rate(3, 5));
    assertThat(sheet.versions()).containsEntry(MetricKind.SATISFACTION_RATE, 1);
  }
}
