package org.db3311.sgc.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/**
 * Brings a year's department metrics into the annual comprehensive assessment (9.2.2 纳入年度综合考核):
 * each department's rates, a weighted score over the rates that are defined (weights re-normalised
 * over those), and its rank. Departments with no defined rate get no score and come last.
 */
@Implements("9.2.2")
public final class AnnualAssessment {

  /** One department's line. */
  public record Row(
      UnitId department, Map<MetricKind, Rate> rates, Optional<BigDecimal> score, int rank) {
    public Row {
      Objects.requireNonNull(department, "department");
      rates = Map.copyOf(rates);
      Objects.requireNonNull(score, "score");
    }
  }

  /** The assessment of a year, naming the definition versions behind it. */
  public record Sheet(int year, Map<MetricKind, Integer> versions, List<Row> rows) {
    public Sheet {
      versions = Map.copyOf(versions);
      rows = List.copyOf(rows);
    }
  }

  public Sheet assess(int year, EvaluationSheet yearSheet, AssessmentWeights weights) {
    record Scored(UnitId unit, Map<MetricKind, Rate> rates, Optional<BigDecimal> score) {}
    List<Scored> scored = new ArrayList<>();
    yearSheet
        .departments()
        .forEach((unit, rates) -> scored.add(new Scored(unit, rates, score(rates, weights))));
    scored.sort(
        Comparator.comparing(
                (Scored s) -> s.score().orElse(BigDecimal.valueOf(-1)), Comparator.reverseOrder())
            .thenComparing(s -> s.unit().value()));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      rows.add(new Row(s.unit(), s.rates(), s.score(), i + 1));
    }
    return new Sheet(year, yearSheet.versions(), rows);
  }

  static Optional<BigDecimal> score(Map<MetricKind, Rate> rates, AssessmentWeights weights) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<MetricKind, BigDecimal> w : weights.weights().entrySet()) {
      Rate r = rates.get(w.getKey());
      if (r != null && r.defined()) {
        weighted = weighted.add(r.percent(6).orElseThrow().multiply(w.getValue()));
        total = total.add(w.getValue());
      }
    }
    return total.signum() == 0
        ? Optional.empty()
        : Optional.of(weighted.divide(total, 2, RoundingMode.HALF_UP));
  }
}
