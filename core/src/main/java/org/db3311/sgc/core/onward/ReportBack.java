package org.db3311.sgc.core.onward;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The receiving body's report back to the center (结果反馈): the final result of the road.
 *
 * @param reportId the body's id for the report; a redelivery carries the same id
 * @param settled whether the dispute ended settled (award performed, judgment, reconsideration
 *     decision accepted…) or not
 */
public record ReportBack(String reportId, LocalDate on, String conclusion, boolean settled) {

  public ReportBack {
    if (reportId == null || reportId.isBlank()) {
      throw new IllegalArgumentException("a report back carries the body's report id");
    }
    Objects.requireNonNull(on, "on");
    if (conclusion == null || conclusion.isBlank()) {
      throw new IllegalArgumentException("a report back states the conclusion");
    }
  }
}
