package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The deadline of one step of a file, and how it ended: met, or superseded (e.g. the file was
 * reassigned and the sign-for period started again).
 *
 * @param startedAt when the step's clock was started
 * @param endedAt when the step was met or superseded; empty while it runs
 * @param met true when the step was done, false when superseded
 * @param lastNotice the highest notice level issued for it so far
 */
public record StepClock(
    Step step,
    Deadline deadline,
    Instant startedAt,
    Optional<Instant> endedAt,
    boolean met,
    Optional<NoticeLevel> lastNotice) {

  public StepClock {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(lastNotice, "lastNotice");
    if (met && endedAt.isEmpty()) {
      throw new IllegalArgumentException("a met step records when");
    }
    if (endedAt.isPresent() && endedAt.get().isBefore(startedAt)) {
      throw new IllegalArgumentException("a step cannot end before it started");
    }
  }

  public static StepClock start(Step step, Deadline deadline, Instant at) {
    return new StepClock(step, deadline, at, Optional.empty(), false, Optional.empty());
  }

  public boolean isRunning() {
    return endedAt.isEmpty();
  }

  /** Whether the step's clock had been started and had not ended at the instant. */
  public boolean runningAt(Instant at) {
    return !startedAt.isAfter(at) && endedAt.map(e -> e.isAfter(at)).orElse(true);
  }

  /**
   * Whether, at the instant, the step was still open past its last day, counting only the pauses
   * and extensions recorded by then.
   *
   * @param day the instant's date in the center's zone
   */
  public boolean overdueAt(Instant at, LocalDate day, WorkingCalendar calendar) {
    return runningAt(at) && deadline.asRecordedAt(at).dueDate(calendar, day).isBefore(day);
  }

  /**
   * The step's last day and whether it is provisional (ruling R10: computed on a year whose
   * official arrangement is not loaded).
   *
   * @param day today in the center's zone (an open pause counts through it)
   */
  @Implements("R10")
  public DueDate due(WorkingCalendar calendar, LocalDate day) {
    return deadline.due(calendar, day);
  }

  StepClock ended(Instant at, boolean met) {
    return new StepClock(step, deadline, startedAt, Optional.of(at), met, lastNotice);
  }

  StepClock with(Deadline d) {
    return new StepClock(step, d, startedAt, endedAt, met, lastNotice);
  }

  StepClock noticed(NoticeLevel level) {
    return new StepClock(step, deadline, startedAt, endedAt, met, Optional.of(level));
  }
}
