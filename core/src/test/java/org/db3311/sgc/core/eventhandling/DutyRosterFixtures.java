package org.db3311.sgc.core.eventhandling;

import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;

/** Duty rosters for test rigs that need a leader on duty and do not test the roster itself. */
public final class DutyRosterFixtures {

  public static final DutyLeader STANDING_FALLBACK = new DutyLeader("leader-standing", "常务副县长");
  private static final Actor OFFICE = Actor.of("duty-office", "值班室");

  private DutyRosterFixtures() {}

  /**
   * A roster service with {@code leader} on duty around the clock for {@code months} months from
   * the clock's month, published; its own events kept apart from the rig's.
   */
  public static DutyRosterService publishedFor(Clock clock, DutyLeader leader, int months) {
    DutyRosterService s =
        new DutyRosterService(
            new InMemoryDutyRosterRepository(),
            STANDING_FALLBACK,
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    YearMonth first = YearMonth.now(clock);
    for (int i = 0; i < months; i++) {
      YearMonth m = first.plusMonths(i);
      s.plan(
          new PlanDutyRosterUseCase.Plan(
              m, List.of(leader), LocalTime.of(8, 0), STANDING_FALLBACK, OFFICE));
      List<String> findings = s.publish(new PublishDutyRosterUseCase.Command(m, OFFICE));
      if (!findings.isEmpty()) {
        throw new AssertionError("the planned roster of " + m + " is not covered: " + findings);
      }
    }
    return s;
  }

  /** A roster service with no roster at all: every call goes to the standing fallback. */
  public static DutyRosterService none(Clock clock) {
    return new DutyRosterService(
        new InMemoryDutyRosterRepository(),
        STANDING_FALLBACK,
        new InMemoryDomainEventPublisher(),
        new InMemoryAuditTrail(),
        clock);
  }
}
