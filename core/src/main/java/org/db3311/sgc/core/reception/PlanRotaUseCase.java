package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: draft a month's rota and adjust its days (6.2.1.2). */
@Implements("6.2.1.2")
public interface PlanRotaUseCase {

  /** Drafts the month, giving the working days to the leaders in turn. */
  void plan(Plan command);

  /** Gives one date of a draft rota to a leader. */
  void assignDay(AssignDay command);

  /** Reopens a published rota as a draft, e.g. when a leader cannot attend. */
  void revise(Revise command);

  record Revise(YearMonth month, String reason, Actor actor) {
    public Revise {
      Objects.requireNonNull(month, "month");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a revision states why");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }

  record Plan(YearMonth month, List<CountyLeader> leaders, Actor actor) {
    public Plan {
      Objects.requireNonNull(month, "month");
      leaders = List.copyOf(leaders);
      if (leaders.isEmpty()) {
        throw new IllegalArgumentException("a rota needs county leaders");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }

  record AssignDay(LocalDate date, CountyLeader leader, Actor actor) {
    public AssignDay {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
