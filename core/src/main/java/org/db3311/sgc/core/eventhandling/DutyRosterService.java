package org.db3311.sgc.core.eventhandling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.IllegalTransitionException;

/**
 * The duty-roster use cases (值班县级领导, 6.3.1.2), and the {@link DutyLeaders} event handling asks.
 * Times are read in the clock's zone. The standing fallback is the leader the county designates for
 * a month that has no roster at all.
 */
@Implements("6.3.1.2")
public final class DutyRosterService implements DutyRosterUseCases, DutyLeaders {

  private static final EveryHourCoveredRule RULE = new EveryHourCoveredRule();
  private static final DutyRosterPlanner PLANNER = new DutyRosterPlanner();

  private final DutyRosterRepository rosters;
  private final DutyLeader standingFallback;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public DutyRosterService(
      DutyRosterRepository rosters,
      DutyLeader standingFallback,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.rosters = Objects.requireNonNull(rosters, "rosters");
    this.standingFallback = Objects.requireNonNull(standingFallback, "standingFallback");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void plan(Plan c) {
    DutyRosterId id = DutyRosterId.of(c.month());
    Optional<DutyRoster> existing = rosters.find(id);
    if (existing.isPresent()) {
      throw new IllegalTransitionException(
          "DutyRoster " + c.month() + " (exists; assign shifts instead)",
          existing.get().state(),
          DutyRosterAction.PLAN);
    }
    store(
        DutyRoster.plan(
            id,
            PLANNER.plan(c.month(), c.leaders(), c.handover()),
            c.fallback(),
            c.actor(),
            now()));
  }

  @Override
  public void assignShift(AssignShift c) {
    DutyRoster r = load(c.month());
    r.assignShift(c.shift(), c.actor(), now());
    store(r);
  }

  @Override
  public void setFallback(SetFallback c) {
    DutyRoster r = load(c.month());
    r.setFallback(c.fallback(), c.actor(), now());
    store(r);
  }

  @Override
  public void revise(Revise c) {
    DutyRoster r = load(c.month());
    r.revise(c.reason(), c.actor(), now());
    store(r);
  }

  @Override
  public List<String> publish(PublishDutyRosterUseCase.Command c) {
    DutyRoster r = load(c.month());
    List<String> findings = r.publish(RULE.check(c.month(), r.shifts()), c.actor(), now());
    if (findings.isEmpty()) {
      store(r);
    }
    return findings;
  }

  /** The problems of a month's roster as it stands, published or not. */
  public List<String> coverage(YearMonth month) {
    return RULE.check(month, load(month).shifts());
  }

  /**
   * The leader of the published shift covering the moment. Otherwise a fallback: the roster's own
   * while it is a draft (not yet published, or in revision), the standing fallback when the month
   * has no roster at all.
   */
  @Override
  public DutyCall callAt(Instant at) {
    LocalDateTime local = LocalDateTime.ofInstant(at, clock.getZone());
    YearMonth month = YearMonth.from(local);
    Optional<DutyRoster> roster = rosters.find(DutyRosterId.of(month));
    if (roster.isEmpty()) {
      return new DutyCall.Fallback(standingFallback, "no duty roster was planned for " + month);
    }
    DutyRoster r = roster.get();
    if (r.state() != DutyRosterState.PUBLISHED) {
      return new DutyCall.Fallback(
          r.fallback(), "the duty roster of " + month + " is not in force (" + r.state() + ")");
    }
    return r.leaderAt(local)
        .<DutyCall>map(DutyCall.OnDuty::new)
        .orElseGet(
            () ->
                new DutyCall.Fallback(
                    r.fallback(), "the duty roster of " + month + " has no shift at " + local));
  }

  /** A roster, for queries and tests. */
  public DutyRoster roster(YearMonth month) {
    return load(month);
  }

  private DutyRoster load(YearMonth month) {
    DutyRosterId id = DutyRosterId.of(month);
    return rosters.find(id).orElseThrow(() -> new DutyRosterNotFoundException(id));
  }

  private void store(DutyRoster r) {
    rosters.save(r);
    recorder.record(r);
  }

  private Instant now() {
    return clock.instant();
  }
}
