package org.db3311.sgc.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The rule for recomputing a deadline once the official arrangement of a year is loaded (ruling
 * R10): the deadline is counted again on the calendar that now holds the official arrangement, and
 * never moves earlier than the provisional last day already announced; a later day stands.
 */
@Implements("R10")
public final class DeadlineRecompute {

  private DeadlineRecompute() {}

  /**
   * The recomputed last day: the later of the announced provisional one and the newly counted one.
   * An announced day that was not provisional is not a floor: only a provisional announcement binds
   * the recomputation.
   */
  public static DueDate neverEarlier(DueDate announced, DueDate recounted) {
    Objects.requireNonNull(announced, "announced");
    Objects.requireNonNull(recounted, "recounted");
    if (announced.provisional() && announced.date().isAfter(recounted.date())) {
      return new DueDate(announced.date(), recounted.provisional());
    }
    return recounted;
  }

  /**
   * What became of one deadline.
   *
   * @param deadline the deadline to keep, carrying the announced day as its floor when it was
   *     provisional
   * @param announced its last day on the calendar it was announced with
   * @param recomputed its last day now, never earlier than a provisional announcement
   */
  public record Result(Deadline deadline, DueDate announced, DueDate recomputed) {

    /** Whether the last day or its provisional mark changed. */
    public boolean changed() {
      return !announced.equals(recomputed);
    }
  }

  /**
   * Recomputes a deadline announced on {@code announcedWith} on {@code now}.
   *
   * @param today the day the open pause (if any) is counted through
   */
  public static Result recompute(
      Deadline deadline, WorkingCalendar announcedWith, WorkingCalendar now, LocalDate today) {
    DueDate announced = deadline.due(announcedWith, today);
    Deadline kept = announced.provisional() ? deadline.notBefore(announced.date()) : deadline;
    DueDate recomputed = neverEarlier(announced, kept.due(now, today));
    return new Result(kept, announced, recomputed);
  }
}
