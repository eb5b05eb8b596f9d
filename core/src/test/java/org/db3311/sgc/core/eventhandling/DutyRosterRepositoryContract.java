package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.junit.jupiter.api.Test;

/** What every {@link DutyRosterRepository} adapter must do. */
public abstract class DutyRosterRepositoryContract {

  protected abstract DutyRosterRepository newRepository();

  private static final YearMonth JAN_2027 = YearMonth.of(2027, 1);
  private static final DutyLeader A = new DutyLeader("l-a", "县领导甲");
  private static final DutyLeader B = new DutyLeader("l-b", "县领导乙");

  private static DutyRoster roster() {
    return DutyRoster.plan(
        DutyRosterId.of(JAN_2027),
        new DutyRosterPlanner().plan(JAN_2027, List.of(A, B), LocalTime.of(8, 0)),
        B,
        Actor.SYSTEM,
        Instant.EPOCH);
  }

  @Test
  void a_roster_reads_back_whole_and_an_unknown_month_is_absent() {
    DutyRosterRepository repo = newRepository();
    DutyRoster r = roster();
    repo.save(r);
    assertThat(repo.find(r.id()).orElseThrow().snapshot()).isEqualTo(r.snapshot());
    assertThat(repo.find(DutyRosterId.of(YearMonth.of(2027, 2)))).isEmpty();
  }

  @Test
  void a_stale_save_fails() {
    DutyRosterRepository repo = newRepository();
    repo.save(roster());
    DutyRoster a = repo.find(DutyRosterId.of(JAN_2027)).orElseThrow();
    DutyRoster b = repo.find(DutyRosterId.of(JAN_2027)).orElseThrow();
    a.setFallback(A, Actor.SYSTEM, Instant.EPOCH);
    repo.save(a);
    b.setFallback(B, Actor.SYSTEM, Instant.EPOCH);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }
}
