package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("9.2.2")
@DisplayName("9.2.2 …并纳入年度综合考核内容 — department rates feed the annual assessment")
class AnnualAssessmentTest {

  static Map<MetricKind, Rate> rates(Rate response, Rate handling, Rate satisfaction) {
    Map<MetricKind, Rate> m = new EnumMap<>(MetricKind.class);
    m.put(MetricKind.RESPONSE_RATE, response);
    m.put(MetricKind.HANDLING_RATE, handling);
    m.put(MetricKind.SATISFACTION_RATE, satisfaction);
    return m;
  }

  @Test
  @DisplayName("departments are scored by weighted rates and ranked; undefined rates are left out")
  void ranks_departments() {
    Map<UnitId, Map<MetricKind, Rate>> departments = new LinkedHashMap<>();
    departments.put(UnitId.of("a"), rates(new Rate(9, 10), new Rate(8, 10), new Rate(10, 10)));
    departments.put(UnitId.of("b"), rates(new Rate(10, 10), new Rate(10, 10), Rate.EMPTY));
    departments.put(UnitId.of("c"), rates(Rate.EMPTY, Rate.EMPTY, Rate.EMPTY));
    EvaluationSheet year =
        new EvaluationSheet(
            Period.year(2025, java.time.ZoneId.of("Asia/Shanghai")),
            Instant.parse("2026-01-01T00:00:00Z"),
            Map.of(MetricKind.RESPONSE_RATE, 1),
            departments,
            Map.of());

    AnnualAssessment.Sheet sheet =
        new AnnualAssessment().assess(2025, year, AssessmentWeights.equal());

    assertThat(sheet.rows())
        .extracting(AnnualAssessment.Row::department, AnnualAssessment.Row::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                UnitId.of("b"), Optional.of(new BigDecimal("100.00"))),
            org.assertj.core.groups.Tuple.tuple(
                UnitId.of("a"), Optional.of(new BigDecimal("90.00"))),
            org.assertj.core.groups.Tuple.tuple(UnitId.of("c"), Optional.empty()));
    assertThat(sheet.rows()).extracting(AnnualAssessment.Row::rank).containsExactly(1, 2, 3);
    assertThat(sheet.versions()).containsEntry(MetricKind.RESPONSE_RATE, 1);
  }
}
