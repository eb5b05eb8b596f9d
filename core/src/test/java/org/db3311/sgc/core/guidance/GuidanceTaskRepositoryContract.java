package org.db3311.sgc.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GuidanceTaskRepository} adapter must do, the optimistic lock included; extended
 * by the in-memory adapter here and by persistence adapters.
 */
public abstract class GuidanceTaskRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final GrassrootsUnit TOWN =
      new GrassrootsUnit("331121101", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP);
  private static final GrassrootsUnit VILLAGE =
      new GrassrootsUnit("331121101201", "某村", GrassrootsUnit.Level.VILLAGE);
  private static long seq = System.nanoTime() % 100_000;

  protected abstract GuidanceTaskRepository newRepository();

  private static GuidanceTask task() {
    return new GuidanceTask(
        GuidanceTaskId.of("ZD-2026-" + (++seq)),
        IssuerLevel.CITY,
        "丽市治〔2026〕1号",
        GuidanceTopic.GRID_WORK,
        "网格清单",
        "更新清单",
        LocalDate.of(2027, 1, 8),
        "fixed by 丽市治〔2026〕1号",
        List.of(TOWN, VILLAGE),
        Actor.of("s-1", "指导科"),
        T0);
  }

  @Test
  void a_saved_task_reads_back_with_everything_it_holds() {
    GuidanceTaskRepository repo = newRepository();
    GuidanceTask t = task();
    t.apply(TOWN.code(), Assignment.Action.ACCEPT, Actor.of("t-1", "镇"), T0, "");
    t.apply(TOWN.code(), Assignment.Action.REPORT, Actor.of("t-1", "镇"), T0, "已完成");
    repo.save(t);
    assertThat(t.version()).isEqualTo(new Version(1));
    GuidanceTask back = repo.find(t.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(t.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
    assertThat(repo.all()).extracting(GuidanceTask::id).contains(t.id());
    assertThat(repo.ids()).contains(t.id());
  }

  @Test
  void a_read_is_a_copy_not_the_stored_task() {
    GuidanceTaskRepository repo = newRepository();
    GuidanceTask t = task();
    repo.save(t);
    GuidanceTask read = repo.find(t.id()).orElseThrow();
    read.apply(TOWN.code(), Assignment.Action.ACCEPT, Actor.of("t-1", "镇"), T0, "");
    assertThat(repo.find(t.id()).orElseThrow().assignments())
        .allSatisfy(a -> assertThat(a.state()).isEqualTo(Assignment.State.ASSIGNED));
  }

  @Test
  void a_stale_save_fails() {
    GuidanceTaskRepository repo = newRepository();
    GuidanceTask t = task();
    repo.save(t);
    GuidanceTask a = repo.find(t.id()).orElseThrow();
    GuidanceTask b = repo.find(t.id()).orElseThrow();
    a.apply(TOWN.code(), Assignment.Action.ACCEPT, Actor.of("t-1", "镇"), T0, "");
    repo.save(a);
    assertThat(a.version()).isEqualTo(new Version(2));
    b.apply(VILLAGE.code(), Assignment.Action.ACCEPT, Actor.of("v-1", "村"), T0, "");
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void an_unknown_id_finds_nothing() {
    assertThat(newRepository().find(GuidanceTaskId.of("ZD-1900-0001"))).isEmpty();
  }
}
