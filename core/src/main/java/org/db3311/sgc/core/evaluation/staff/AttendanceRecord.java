package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** One day's attendance of one member of staff. */
public record AttendanceRecord(Actor staff, LocalDate day, AttendanceStatus status) {
  public AttendanceRecord {
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(status, "status");
  }
}
