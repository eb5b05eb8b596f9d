package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.facts.MatterId;
import org.junit.jupiter.api.Test;

/** What every {@link EpidemicCaseRepository} adapter must do, the optimistic lock included. */
public abstract class EpidemicCaseRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final Actor STAFF = Actor.of("s-30", "防控专员");
  private static final ModePolicy PEACE =
      ModePolicy.peacetime(Map.of(), UnitId.of("county.health"));
  private static long seq = System.nanoTime() % 100_000;

  protected abstract EpidemicCaseRepository newRepository();

  private static EpidemicCase newCase() {
    return new EpidemicCase(
        EpidemicCaseId.of("YQ-2026-" + (++seq)),
        MatterId.of("331121-" + seq),
        "隔离管控",
        "群众反映隔离问题",
        PEACE,
        EpidemicMode.PEACETIME,
        STAFF,
        T0);
  }

  @Test
  void a_saved_case_reads_back_with_everything_it_holds() {
    EpidemicCaseRepository repo = newRepository();
    EpidemicCase c = newCase();
    c.analyse("需隔离", PEACE, EpidemicMode.PEACETIME, STAFF, T0);
    c.route(PEACE, EpidemicMode.PEACETIME, STAFF, T0);
    repo.save(c);
    assertThat(c.version()).isEqualTo(new Version(1));
    EpidemicCase back = repo.find(c.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(c.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
    assertThat(repo.all()).extracting(EpidemicCase::id).contains(c.id());
    assertThat(repo.ids()).as("each case can be read on its own by a sweep").contains(c.id());
  }

  @Test
  void a_read_is_a_copy_not_the_stored_case() {
    EpidemicCaseRepository repo = newRepository();
    EpidemicCase c = newCase();
    repo.save(c);
    repo.find(c.id()).orElseThrow().analyse("x", PEACE, EpidemicMode.PEACETIME, STAFF, T0);
    assertThat(repo.find(c.id()).orElseThrow().state()).isEqualTo(EpidemicCase.State.RECEIVED);
  }

  @Test
  void a_stale_save_fails() {
    EpidemicCaseRepository repo = newRepository();
    EpidemicCase c = newCase();
    repo.save(c);
    EpidemicCase a = repo.find(c.id()).orElseThrow();
    EpidemicCase b = repo.find(c.id()).orElseThrow();
    a.analyse("x", PEACE, EpidemicMode.PEACETIME, STAFF, T0);
    repo.save(a);
    b.analyse("y", PEACE, EpidemicMode.PEACETIME, STAFF, T0);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void an_unknown_id_finds_nothing() {
    assertThat(newRepository().find(EpidemicCaseId.of("YQ-1900-00001"))).isEmpty();
  }
}
