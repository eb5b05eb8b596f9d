package org.db3311.sgc.core.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;

/**
 * A month's leader-reception rota (领导接访安排): at most one county leader per date, published only when
 * every working day has its leader (6.2.1.2).
 */
@Implements("6.2.1.2")
public final class ReceptionRota extends AggregateRoot<ReceptionEvent> {

  private final YearMonth month;
  private final TreeMap<LocalDate, CountyLeader> days;
  private RotaState state;
  private Optional<Instant> publishedAt;

  private ReceptionRota(ReceptionRotaSnapshot s, Version v) {
    super(v);
    month = s.month();
    days = new TreeMap<>(s.days());
    state = s.state();
    publishedAt = s.publishedAt();
  }

  public static ReceptionRota fromSnapshot(ReceptionRotaSnapshot s, Version v) {
    return new ReceptionRota(s, v);
  }

  public static ReceptionRota plan(
      YearMonth month, Map<LocalDate, CountyLeader> days, Actor actor, Instant at) {
    for (LocalDate d : days.keySet()) {
      if (!YearMonth.from(d).equals(month)) {
        throw new IllegalArgumentException(d + " is not in " + month);
      }
    }
    ReceptionRota r =
        new ReceptionRota(
            new ReceptionRotaSnapshot(month, days, RotaState.DRAFT, Optional.empty()), Version.NEW);
    r.raise(
        new ReceptionEvent(
            "ReceptionRota",
            month.toString(),
            r.nextVersion(),
            RotaAction.PLAN.name(),
            Optional.empty(),
            RotaState.DRAFT.name(),
            actor,
            at,
            "planned " + days.size() + " day(s)"));
    return r;
  }

  /** Gives a date to a leader (replacing whoever had it). */
  public void assignDay(LocalDate date, CountyLeader leader, Actor actor, Instant at) {
    RotaState to = ReceptionWorkflows.ROTA.next(state, RotaAction.ASSIGN_DAY, month);
    if (!YearMonth.from(date).equals(month)) {
      throw new IllegalArgumentException(date + " is not in " + month);
    }
    days.put(date, java.util.Objects.requireNonNull(leader, "leader"));
    move(RotaAction.ASSIGN_DAY, to, actor, at, date + " → " + leader.name());
  }

  /**
   * Publishes the rota when it satisfies 6.2.1.2; otherwise returns the findings and stays a draft.
   *
   * @param findings the problems {@code OneLeaderPerWorkingDayRule} found, empty when none
   */
  public List<String> publish(List<String> findings, Actor actor, Instant at) {
    RotaState to = ReceptionWorkflows.ROTA.next(state, RotaAction.PUBLISH, month);
    if (!findings.isEmpty()) {
      return List.copyOf(findings);
    }
    publishedAt = Optional.of(at);
    move(RotaAction.PUBLISH, to, actor, at, "published");
    return List.of();
  }

  public void revise(String reason, Actor actor, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a revision states why");
    }
    RotaState to = ReceptionWorkflows.ROTA.next(state, RotaAction.REVISE, month);
    move(RotaAction.REVISE, to, actor, at, "revised: " + reason);
  }

  private void move(RotaAction a, RotaState to, Actor actor, Instant at, String detail) {
    RotaState from = state;
    state = to;
    raise(
        new ReceptionEvent(
            "ReceptionRota",
            month.toString(),
            nextVersion(),
            a.name(),
            Optional.of(from.name()),
            to.name(),
            actor,
            at,
            detail));
  }

  public Optional<CountyLeader> leaderOn(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  public ReceptionRotaSnapshot snapshot() {
    return new ReceptionRotaSnapshot(month, days, state, publishedAt);
  }

  public YearMonth month() {
    return month;
  }

  public RotaState state() {
    return state;
  }

  public Map<LocalDate, CountyLeader> days() {
    return java.util.Collections.unmodifiableMap(days);
  }
}
