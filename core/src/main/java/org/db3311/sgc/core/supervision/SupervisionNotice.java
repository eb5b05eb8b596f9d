package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/** A supervision notice (督办通知) issued to the responsible unit about one step's deadline. */
public record SupervisionNotice(
    Step step, NoticeLevel level, LocalDate dueDate, UnitId unit, Instant issuedAt) {

  public SupervisionNotice {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
