package org.db3311.sgc.core.supervision;

import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/**
 * When supervision notices escalate: a reminder when the last day is at most {@code
 * remindWithinWorkingDays} working days away, an overdue notice once it has passed, and an
 * escalation to {@code leadership} once it is {@code escalateAfterWorkingDays} working days late.
 */
@Implements("6.2.1.3")
public record EscalationPolicy(
    int remindWithinWorkingDays, int escalateAfterWorkingDays, UnitId leadership) {

  public EscalationPolicy {
    if (remindWithinWorkingDays < 0 || escalateAfterWorkingDays < 1) {
      throw new IllegalArgumentException("remind ≥ 0 and escalate ≥ 1 working days");
    }
    java.util.Objects.requireNonNull(leadership, "leadership");
  }

  /** The defaults, as {@link #defaults()}. */
  public EscalationPolicy() {
    this(1, 3, UnitId.of("center-leadership"));
  }

  /** Remind 1 working day ahead, escalate 3 working days late, to the center's leadership. */
  public static EscalationPolicy defaults() {
    return new EscalationPolicy(1, 3, UnitId.of("center-leadership"));
  }

  /** The level a deadline has reached on a day, if any. */
  public Optional<NoticeLevel> levelOn(LocalDate due, LocalDate today, WorkingCalendar calendar) {
    if (today.isAfter(due)) {
      int late = calendar.workingDaysBetween(due, today);
      return Optional.of(
          late >= escalateAfterWorkingDays ? NoticeLevel.ESCALATED : NoticeLevel.OVERDUE);
    }
    if (calendar.workingDaysBetween(today, due) <= remindWithinWorkingDays) {
      return Optional.of(NoticeLevel.REMINDER);
    }
    return Optional.empty();
  }
}
