package org.db3311.sgc.core.eventhandling;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: draft a month's duty roster and adjust it (6.3.1.2). */
@Implements("6.3.1.2")
public interface PlanDutyRosterUseCase {

  /** Drafts the month: every day a 24-hour shift from the handover time, leaders in turn. */
  void plan(Plan command);

  /** Gives a stretch of a draft roster to a leader. */
  void assignShift(AssignShift command);

  /** Names the leader of a draft roster who takes any moment no shift covers. */
  void setFallback(SetFallback command);

  /** Reopens a published roster as a draft, e.g. when a leader cannot serve. */
  void revise(Revise command);

  record Plan(
      YearMonth month,
      List<DutyLeader> leaders,
      LocalTime handover,
      DutyLeader fallback,
      Actor actor) {
    public Plan {
      Objects.requireNonNull(month, "month");
      leaders = List.copyOf(leaders);
      if (leaders.isEmpty()) {
        throw new IllegalArgumentException("a duty roster needs county leaders");
      }
      Objects.requireNonNull(handover, "handover");
      Objects.requireNonNull(fallback, "fallback");
      Objects.requireNonNull(actor, "actor");
    }
  }

  record AssignShift(YearMonth month, DutyShift shift, Actor actor) {
    public AssignShift {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(shift, "shift");
      Objects.requireNonNull(actor, "actor");
    }
  }

  record SetFallback(YearMonth month, DutyLeader fallback, Actor actor) {
    public SetFallback {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(fallback, "fallback");
      Objects.requireNonNull(actor, "actor");
    }
  }

  record Revise(YearMonth month, String reason, Actor actor) {
    public Revise {
      Objects.requireNonNull(month, "month");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a revision states why");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }
}
