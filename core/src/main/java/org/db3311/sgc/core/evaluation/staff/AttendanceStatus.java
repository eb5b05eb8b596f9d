package org.db3311.sgc.core.evaluation.staff;

/** A member of staff's attendance on a working day (考勤). */
public enum AttendanceStatus {
  PRESENT,
  LATE,
  LEFT_EARLY,
  ABSENT,
  /** Approved leave: the day is not scheduled, neither attended nor missed. */
  ON_LEAVE
}
