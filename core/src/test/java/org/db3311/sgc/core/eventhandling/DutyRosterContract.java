package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link DutyRoster} adapter must do, given a roster with one leader on one day. */
public abstract class DutyRosterContract {

  /** A roster with {@code leader} on duty on {@code day} (center time) and nobody else. */
  protected abstract DutyRoster rosterWith(LocalDate day, DutyLeader leader);

  @Test
  void the_leader_on_duty_that_day_is_named_and_nobody_on_other_days() {
    DutyLeader l = new DutyLeader("l1", "县领导乙");
    DutyRoster r = rosterWith(LocalDate.of(2026, 11, 25), l);
    assertThat(r.dutyLeaderAt(Instant.parse("2026-11-25T15:59:00Z"))).contains(l);
    assertThat(r.dutyLeaderAt(Instant.parse("2026-11-25T16:01:00Z"))).isEmpty();
  }
}
