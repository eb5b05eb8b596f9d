package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Incoming port of the evaluation of staff (9.2.1: 考勤情况, 服务质量, 中心日常规范遵守情况): record attendance,
 * service quality and conduct checks, and evaluate a span of days; {@link StaffEvaluator}
 * implements it.
 */
public interface StaffUseCases {

  /** A span of days, both included. */
  record Span(LocalDate from, LocalDate to) {
    public Span {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("a span ends on or after its first day");
      }
    }
  }

  void record(AttendanceRecord record);

  void record(ServiceQualityRecord record);

  void record(ConductCheck check);

  /** One line per member of staff found in any record of the span. */
  List<StaffEvaluation> evaluate(Span span);
}
