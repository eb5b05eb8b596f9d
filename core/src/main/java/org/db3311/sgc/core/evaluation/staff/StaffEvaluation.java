package org.db3311.sgc.core.evaluation.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.evaluation.Rate;

/**
 * One member of staff's evaluation over a span of days (9.2.1): attendance, service quality and
 * compliance with the daily rules, with the breaches behind the compliance figure.
 *
 * @param attendance days attended (present, late or leaving early) ÷ days scheduled (leave
 *     excluded)
 * @param punctuality days present on time ÷ days attended
 * @param averageScore mean service-quality score, empty without ratings
 * @param compliance compliant checks ÷ checks
 */
public record StaffEvaluation(
    Actor staff,
    LocalDate from,
    LocalDate to,
    Rate attendance,
    Rate punctuality,
    int ratings,
    Optional<BigDecimal> averageScore,
    Rate compliance,
    List<ConductCheck> breaches) {

  public StaffEvaluation {
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(averageScore, "averageScore");
    breaches = List.copyOf(breaches);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("an evaluation span ends after it starts");
    }
  }

  static Optional<BigDecimal> mean(long sum, int count) {
    return count == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
  }
}
