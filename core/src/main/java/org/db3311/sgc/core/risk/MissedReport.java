package org.db3311.sgc.core.risk;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.risk.report.ReportKind;

/**
 * A daily collection, weekly or monthly report not made by its due date.
 *
 * @param period the day, ISO week or month label (2026-12-01, 2026-W49, 2026-11)
 * @param dueDate the last day it was due on
 */
public record MissedReport(ReportKind kind, String period, LocalDate dueDate) {
  public MissedReport {
    Objects.requireNonNull(kind, "kind");
    if (period == null || period.isBlank()) {
      throw new IllegalArgumentException("a missed report names its period");
    }
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /** What makes a missed report one: its kind and period. */
  public String key() {
    return kind + ":" + period;
  }
}
