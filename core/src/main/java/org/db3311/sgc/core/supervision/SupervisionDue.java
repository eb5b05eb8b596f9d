package org.db3311.sgc.core.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * A line of the overdue or near-deadline list: a file, its lead unit and state, and the earliest
 * last day among its running clocks.
 */
public record SupervisionDue(
    String subject, String title, UnitId unit, SupervisionState state, LocalDate nextDeadline) {

  public SupervisionDue {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nextDeadline, "nextDeadline");
  }

  /** This line's place in its list: where the next seek page starts. */
  public SupervisionFileRepository.DueKey key() {
    return new SupervisionFileRepository.DueKey(nextDeadline, subject);
  }

  static SupervisionDue of(SupervisionFile f) {
    return new SupervisionDue(
        f.subject(), f.title(), f.unit(), f.state(), f.nextDeadline().orElseThrow());
  }
}
