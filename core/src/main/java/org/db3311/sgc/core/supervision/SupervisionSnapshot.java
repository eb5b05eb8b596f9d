package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.common.UnitId;

/**
 * A supervision file as an immutable value.
 *
 * @param subject what is supervised, e.g. a matter's registration number
 * @param rules the time limit of each step, fixed when the file was opened
 * @param clocks the running and past step deadlines, oldest first
 * @param history every state the file was in, with when and under which unit
 */
public record SupervisionSnapshot(
    String subject,
    String title,
    String categoryCode,
    UnitId unit,
    SupervisionState state,
    Instant openedAt,
    Map<Step, DeadlineRule> rules,
    List<StepClock> clocks,
    List<SupervisionNotice> notices,
    List<HistoryEntry> history) {

  public SupervisionSnapshot {
    if (subject == null || subject.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a supervision file names its subject and title");
    }
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedAt, "openedAt");
    rules = Map.copyOf(rules);
    clocks = List.copyOf(clocks);
    notices = List.copyOf(notices);
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("a file's history starts when it is opened");
    }
  }

  /** The file was in {@code state} under {@code unit} from {@code at}. */
  public record HistoryEntry(Instant at, SupervisionState state, UnitId unit) {
    public HistoryEntry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(unit, "unit");
    }
  }
}
