package org.db3311.sgc.core.onward;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.WorkingCalendar;

/**
 * One statutory clock of a referral: the step, its running deadline, and the day the step was done
 * (the clock stops). The due day is computed on demand, so a calendar year loaded later counts.
 *
 * @param stoppedOn the day the step was done, or the road ended; empty while it runs
 */
public record RoadClock(OnwardStep step, Deadline deadline, Optional<LocalDate> stoppedOn) {

  public RoadClock {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(stoppedOn, "stoppedOn");
    stoppedOn.ifPresent(
        d -> {
          if (d.isBefore(deadline.start())) {
            throw new IllegalArgumentException("a clock cannot stop before it starts");
          }
        });
  }

  public boolean isRunning() {
    return stoppedOn.isEmpty();
  }

  /**
   * The last day of the step.
   *
   * @throws org.db3311.sgc.core.calendar.CalendarDataMissingException when a year it needs is not
   *     covered
   */
  public LocalDate dueDate(WorkingCalendar calendar) {
    return deadline.dueDate(calendar);
  }

  /** Where the clock stands on a day. */
  public Status status(WorkingCalendar calendar, LocalDate today) {
    LocalDate due = dueDate(calendar);
    if (stoppedOn.isPresent()) {
      return stoppedOn.get().isAfter(due) ? Status.DONE_LATE : Status.DONE_IN_TIME;
    }
    return today.isAfter(due) ? Status.OVERDUE : Status.RUNNING;
  }

  RoadClock stoppedOn(LocalDate day) {
    return new RoadClock(step, deadline, Optional.of(day));
  }

  RoadClock with(Deadline d) {
    return new RoadClock(step, d, stoppedOn);
  }

  /** Where a clock stands. */
  public enum Status {
    RUNNING,
    OVERDUE,
    DONE_IN_TIME,
    DONE_LATE
  }
}
