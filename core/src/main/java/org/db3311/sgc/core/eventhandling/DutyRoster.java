package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;

/**
 * A month's duty roster of county leaders (值班县级领导): the shifts that cover every hour of every day
 * of the month, and a fallback leader for any moment no shift covers. Published only when {@code
 * EveryHourCoveredRule} finds nothing, so a cross-boundary event always has a leader to be reported
 * to (6.3.1.2). Shifts never overlap: a shift assigned over others cuts them back.
 */
@Implements("6.3.1.2")
public final class DutyRoster extends AggregateRoot<DutyRosterChanged> {

  private final DutyRosterId id;
  private final List<DutyShift> shifts;
  private DutyLeader fallback;
  private DutyRosterState state;
  private Optional<Instant> publishedAt;

  private DutyRoster(DutyRosterSnapshot s, Version v) {
    super(v);
    id = s.id();
    shifts = new ArrayList<>(s.shifts());
    fallback = s.fallback();
    state = s.state();
    publishedAt = s.publishedAt();
  }

  public static DutyRoster fromSnapshot(DutyRosterSnapshot s, Version v) {
    return new DutyRoster(s, v);
  }

  public static DutyRoster plan(
      DutyRosterId id, List<DutyShift> shifts, DutyLeader fallback, Actor actor, Instant at) {
    DutyRoster r =
        new DutyRoster(
            new DutyRosterSnapshot(
                id, List.of(), fallback, DutyRosterState.DRAFT, Optional.empty()),
            Version.NEW);
    for (DutyShift s : shifts) {
      r.put(s);
    }
    r.raise(
        new DutyRosterChanged(
            id,
            r.nextVersion(),
            DutyRosterAction.PLAN,
            Optional.empty(),
            DutyRosterState.DRAFT,
            actor,
            at,
            "planned " + r.shifts.size() + " shift(s), fallback " + fallback.name(),
            r.snapshot()));
    return r;
  }

  /** Gives a stretch of the month to a leader, cutting back any shift it overlaps. */
  public void assignShift(DutyShift shift, Actor actor, Instant at) {
    DutyRosterState to = next(DutyRosterAction.ASSIGN_SHIFT);
    put(shift);
    move(
        DutyRosterAction.ASSIGN_SHIFT,
        to,
        actor,
        at,
        shift.start() + "–" + shift.end() + " → " + shift.leader().name());
  }

  public void setFallback(DutyLeader leader, Actor actor, Instant at) {
    DutyRosterState to = next(DutyRosterAction.SET_FALLBACK);
    fallback = Objects.requireNonNull(leader, "leader");
    move(DutyRosterAction.SET_FALLBACK, to, actor, at, "fallback " + leader.name());
  }

  /**
   * Publishes the roster when the findings are empty; otherwise returns them and stays a draft.
   *
   * @param findings what {@code EveryHourCoveredRule} found
   */
  public List<String> publish(List<String> findings, Actor actor, Instant at) {
    DutyRosterState to = next(DutyRosterAction.PUBLISH);
    if (!findings.isEmpty()) {
      return List.copyOf(findings);
    }
    publishedAt = Optional.of(at);
    move(DutyRosterAction.PUBLISH, to, actor, at, "published");
    return List.of();
  }

  public void revise(String reason, Actor actor, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a revision states why");
    }
    DutyRosterState to = next(DutyRosterAction.REVISE);
    move(DutyRosterAction.REVISE, to, actor, at, "revised: " + reason);
  }

  /** The leader whose shift covers the local time, if any. */
  public Optional<DutyLeader> leaderAt(LocalDateTime t) {
    return shifts.stream().filter(s -> s.covers(t)).map(DutyShift::leader).findFirst();
  }

  private void put(DutyShift shift) {
    YearMonth month = id.month();
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime until = month.plusMonths(1).atDay(1).atStartOfDay();
    if (shift.start().isBefore(from) || shift.end().isAfter(until)) {
      throw new IllegalArgumentException(
          "shift " + shift.start() + "–" + shift.end() + " is not within " + month);
    }
    List<DutyShift> kept = new ArrayList<>();
    for (DutyShift s : shifts) {
      if (!s.overlaps(shift)) {
        kept.add(s);
        continue;
      }
      if (s.start().isBefore(shift.start())) {
        kept.add(new DutyShift(s.start(), shift.start(), s.leader()));
      }
      if (s.end().isAfter(shift.end())) {
        kept.add(new DutyShift(shift.end(), s.end(), s.leader()));
      }
    }
    kept.add(shift);
    shifts.clear();
    shifts.addAll(kept);
    shifts.sort(java.util.Comparator.comparing(DutyShift::start));
  }

  private DutyRosterState next(DutyRosterAction a) {
    return DutyRosterWorkflow.TABLE.next(state, a, id);
  }

  private void move(
      DutyRosterAction a, DutyRosterState to, Actor actor, Instant at, String detail) {
    DutyRosterState from = state;
    state = to;
    raise(
        new DutyRosterChanged(
            id, nextVersion(), a, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  public DutyRosterSnapshot snapshot() {
    return new DutyRosterSnapshot(id, shifts, fallback, state, publishedAt);
  }

  public DutyRosterId id() {
    return id;
  }

  public DutyRosterState state() {
    return state;
  }

  public List<DutyShift> shifts() {
    return List.copyOf(shifts);
  }

  public DutyLeader fallback() {
    return fallback;
  }
}
