package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"R8", "9.3.2"})
@DisplayName("R8 metric definitions are versioned; 9.3.2 improving the evaluation adds a version")
class MetricDefinitionsTest {

  @Test
  @DisplayName(
      "the R8 defaults are version 1 of each metric, in effect since the standard; the response"
          + " and satisfaction rates counted as R8 words them from version 2")
  void defaults() {
    MetricDefinitions d = MetricDefinitions.r8Defaults();
    for (MetricKind k : MetricKind.values()) {
      assertThat(d.effectiveOn(k, LocalDate.of(2025, 1, 1)).version()).isEqualTo(1);
    }
    assertThat(d.effectiveOn(MetricKind.RESPONSE_RATE, LocalDate.of(2026, 12, 3)))
        .isInstanceOfSatisfying(
            ResponseRateDefinition.class, r -> assertThat(r.everyAssignment()).isTrue());
    assertThat(d.effectiveOn(MetricKind.SATISFACTION_RATE, LocalDate.of(2026, 12, 3)))
        .isInstanceOfSatisfying(
            SatisfactionRateDefinition.class, r -> assertThat(r.everySurvey()).isTrue());
    assertThat(d.effectiveOn(MetricKind.HANDLING_RATE, LocalDate.of(2026, 12, 3)).version())
        .isEqualTo(1);
    assertThat(d.effectiveOn(MetricKind.SATISFACTION_RATE, LocalDate.of(2025, 1, 1)))
        .isEqualTo(
            new SatisfactionRateDefinition(
                1,
                MetricDefinitions.IN_FORCE,
                EnumSet.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED),
                "ruling R8 default"));
    assertThatThrownBy(() -> d.effectiveOn(MetricKind.RESPONSE_RATE, LocalDate.of(2023, 3, 7)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a new version takes effect from its day; the old one stays for recomputation")
  void new_version() {
    MetricDefinitions d = MetricDefinitions.r8Defaults();
    ResponseRateDefinition v3 =
        new ResponseRateDefinition(
            3,
            LocalDate.of(2027, 1, 1),
            Duration.ofHours(2),
            true,
            "two hours' grace for night duty");
    d.register(v3);

    assertThat(d.effectiveOn(MetricKind.RESPONSE_RATE, LocalDate.of(2026, 12, 31)).version())
        .isEqualTo(2);
    assertThat(d.effectiveOn(MetricKind.RESPONSE_RATE, LocalDate.of(2027, 1, 1))).isEqualTo(v3);
    assertThat(d.get(MetricKind.RESPONSE_RATE, 1)).isPresent();
    assertThat(d.history(MetricKind.RESPONSE_RATE)).hasSize(3);
  }

  @Test
  @DisplayName("versions are never skipped, repeated or back-dated")
  void append_only() {
    MetricDefinitions d = MetricDefinitions.r8Defaults();
    assertThatThrownBy(
            () ->
                d.register(
                    new ResponseRateDefinition(
                        1, LocalDate.of(2027, 1, 1), Duration.ZERO, "again")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("next version is 3");
    assertThatThrownBy(
            () ->
                d.register(
                    new ResponseRateDefinition(
                        3, MetricDefinitions.R8_CORRECTED, Duration.ZERO, "back-dated")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after v2");
  }
}
