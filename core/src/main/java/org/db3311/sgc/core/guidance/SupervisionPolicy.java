package org.db3311.sgc.core.guidance;

import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;

/**
 * When supervision of a guidance task speaks, in working days of the R9 calendar: a reminder when
 * the due date is at most {@code remindWorkingDaysBefore} working days away, urging from the day
 * after it, escalation once it is {@code escalateWorkingDaysAfter} working days late. The
 * deployment may set its own.
 */
@Implements({"6.8", "R9"})
public record SupervisionPolicy(int remindWorkingDaysBefore, int escalateWorkingDaysAfter) {

  public SupervisionPolicy {
    if (remindWorkingDaysBefore < 0 || escalateWorkingDaysAfter < 1) {
      throw new IllegalArgumentException(
          "reminder working days are not negative, escalation working days positive");
    }
  }

  /** Remind 2 working days ahead, escalate 5 working days late. */
  public static SupervisionPolicy defaults() {
    return new SupervisionPolicy(2, 5);
  }

  /** The level a task due on {@code due} has reached on {@code today}, if any. */
  public Optional<SupervisionNotice.Level> levelOn(
      LocalDate due, LocalDate today, WorkingCalendar calendar) {
    if (today.isAfter(due)) {
      return Optional.of(
          calendar.workingDaysBetween(due, today) >= escalateWorkingDaysAfter
              ? SupervisionNotice.Level.ESCALATION
              : SupervisionNotice.Level.URGING);
    }
    if (calendar.workingDaysBetween(today, due) <= remindWorkingDaysBefore) {
      return Optional.of(SupervisionNotice.Level.REMINDER);
    }
    return Optional.empty();
  }
}
