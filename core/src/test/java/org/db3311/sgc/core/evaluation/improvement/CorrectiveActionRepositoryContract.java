package org.db3311.sgc.core.evaluation.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

/** What every {@link CorrectiveActionRepository} adapter must do, the optimistic lock included. */
public abstract class CorrectiveActionRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final Actor OWNER = Actor.of("h-1", "人社局");
  private static long seq = System.nanoTime() % 100_000;

  protected abstract CorrectiveActionRepository newRepository();

  private static CorrectiveAction action() {
    return new CorrectiveAction(
        CorrectiveActionId.of("CA-2026-" + (++seq)),
        new Finding(FindingSource.INSPECTION, "INS-" + seq, "台账不全"),
        UnitId.of("county.hrss"),
        "补齐台账",
        LocalDate.of(2027, 1, 15),
        T0,
        Actor.of("s-1", "督查"));
  }

  @Test
  void a_saved_action_reads_back_with_everything_it_holds() {
    CorrectiveActionRepository repo = newRepository();
    CorrectiveAction a = action();
    a.reportCorrection(
        new CorrectiveAction.CorrectionReport(T0, OWNER, "已补齐"), LocalDate.of(2026, 12, 10));
    a.recheck(T0.plusSeconds(60), Actor.of("s-1", "督查"), false, "仍缺 3 月");
    repo.save(a);
    assertThat(a.version()).isEqualTo(new Version(1));
    CorrectiveAction back = repo.find(a.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(a.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
    assertThat(repo.all()).extracting(CorrectiveAction::id).contains(a.id());
    assertThat(repo.ids()).contains(a.id());
  }

  @Test
  void a_read_is_a_copy_not_the_stored_action() {
    CorrectiveActionRepository repo = newRepository();
    CorrectiveAction a = action();
    repo.save(a);
    repo.find(a.id())
        .orElseThrow()
        .reportCorrection(
            new CorrectiveAction.CorrectionReport(T0, OWNER, "已补齐"), LocalDate.of(2026, 12, 10));
    assertThat(repo.find(a.id()).orElseThrow().state()).isEqualTo(CorrectiveAction.State.OPEN);
  }

  @Test
  void a_stale_save_fails() {
    CorrectiveActionRepository repo = newRepository();
    CorrectiveAction a = action();
    repo.save(a);
    CorrectiveAction x = repo.find(a.id()).orElseThrow();
    CorrectiveAction y = repo.find(a.id()).orElseThrow();
    x.reportCorrection(
        new CorrectiveAction.CorrectionReport(T0, OWNER, "已补齐"), LocalDate.of(2026, 12, 10));
    repo.save(x);
    y.reportCorrection(
        new CorrectiveAction.CorrectionReport(T0, OWNER, "另一份"), LocalDate.of(2026, 12, 10));
    assertThatThrownBy(() -> repo.save(y)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void an_unknown_id_finds_nothing() {
    assertThat(newRepository().find(CorrectiveActionId.of("CA-1900-0001"))).isEmpty();
  }
}
