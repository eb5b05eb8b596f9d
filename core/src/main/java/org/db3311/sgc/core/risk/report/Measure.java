package org.db3311.sgc.core.risk.report;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * A mitigation measure (化解措施) of a monthly report: what is to be done, the unit that owns it, by
 * when, and which finding it answers.
 */
public record Measure(String action, UnitId owner, LocalDate due, String answers) {
  public Measure {
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("a measure says what is to be done");
    }
    Objects.requireNonNull(owner, "every measure has an owner");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(answers, "answers");
  }
}
