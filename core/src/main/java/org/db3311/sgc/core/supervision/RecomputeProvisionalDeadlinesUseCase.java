package org.db3311.sgc.core.supervision;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.ItemFailure;

/**
 * Incoming port: once the official holiday arrangement of a year is loaded, recount the running
 * deadlines that were announced on its provisional year, never earlier than announced (ruling R10).
 * A file that fails is reported and the others go on.
 */
@Implements("R10")
public interface RecomputeProvisionalDeadlinesUseCase {

  /**
   * @param announcedWith the calendar the deadlines were announced with: the deployment's calendar
   *     before the official arrangement was loaded (e.g. {@code
   *     HolidayTableCalendar.withoutOfficial(List.of(2027))} of the new one)
   */
  record Command(WorkingCalendar announcedWith) {
    public Command {
      Objects.requireNonNull(announcedWith, "announcedWith");
    }
  }

  /** One recomputed deadline of a file. */
  record Recomputed(String subject, Step step, DueDate announced, DueDate recomputed) {}

  /** What the recomputation did: every provisional deadline met, and every file that failed. */
  record Report(List<Recomputed> recomputed, List<ItemFailure> failures) {
    public Report {
      recomputed = List.copyOf(recomputed);
      failures = List.copyOf(failures);
    }
  }

  Report recompute(Command command);
}
