package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.WorkingCalendar;

/**
 * The deadline of one step of a file, and how it ended: met, or superseded (e.g. the file was
 * reassigned and the sign-for period started again).
 *
 * @param endedAt when the step was met or superseded; empty while it runs
 * @param met true when the step was done, false when superseded
 * @param lastNotice the highest notice level issued for it so far
 */
public record StepClock(
    Step step,
    Deadline deadline,
    Optional<Instant> endedAt,
    boolean met,
    Optional<NoticeLevel> lastNotice) {

  public StepClock {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(lastNotice, "lastNotice");
    if (met && endedAt.isEmpty()) {
      throw new IllegalArgumentException("a met step records when");
    }
  }

  public static StepClock start(Step step, Deadline deadline) {
    return new StepClock(step, deadline, Optional.empty(), false, Optional.empty());
  }

  public boolean isRunning() {
    return endedAt.isEmpty();
  }

  /** Whether the step had started and was neither ended nor paused at the instant. */
  public boolean runningAt(Instant at, LocalDate day) {
    return !deadline.start().isAfter(day) && endedAt.map(e -> e.isAfter(at)).orElse(true);
  }

  /** Whether, at the instant, the step was still open past its last day. */
  public boolean overdueAt(Instant at, LocalDate day, WorkingCalendar calendar) {
    return runningAt(at, day) && deadline.dueDate(calendar, day).isBefore(day);
  }

  StepClock ended(Instant at, boolean met) {
    return new StepClock(step, deadline, Optional.of(at), met, lastNotice);
  }

  StepClock with(Deadline d) {
    return new StepClock(step, d, endedAt, met, lastNotice);
  }

  StepClock noticed(NoticeLevel level) {
    return new StepClock(step, deadline, endedAt, met, Optional.of(level));
  }
}
