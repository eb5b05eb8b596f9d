package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/** What every {@link SupervisionFileRepository} adapter must do. */
public abstract class SupervisionFileRepositoryContract {

  private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
  private static final LocalDate D = LocalDate.of(2026, 3, 2);

  protected abstract SupervisionFileRepository newRepository();

  private static SupervisionFile file(String subject) {
    return SupervisionFile.open(
        subject,
        "t",
        "dispute.labour",
        UnitId.of("u1"),
        java.util.Set.of(UnitId.of("u2")),
        DeadlinePolicy.defaults().rulesFor("dispute.labour"),
        Actor.SYSTEM,
        T,
        D);
  }

  @Test
  void a_saved_file_reads_back_whole() {
    SupervisionFileRepository repo = newRepository();
    SupervisionFile f = file("s-" + System.nanoTime());
    repo.save(f);
    assertThat(repo.find(f.subject()).orElseThrow().snapshot()).isEqualTo(f.snapshot());
    assertThat(repo.withRunningClocks()).extracting(SupervisionFile::subject).contains(f.subject());
    assertThat(repo.openedBy(T)).extracting(SupervisionFile::subject).contains(f.subject());
    assertThat(repo.openedBy(T.minusSeconds(1)))
        .extracting(SupervisionFile::subject)
        .doesNotContain(f.subject());
  }

  @Test
  void a_stale_save_fails() {
    SupervisionFileRepository repo = newRepository();
    SupervisionFile f = file("s-" + System.nanoTime());
    repo.save(f);
    SupervisionFile a = repo.find(f.subject()).orElseThrow();
    SupervisionFile b = repo.find(f.subject()).orElseThrow();
    a.signFor(Actor.SYSTEM, T, D);
    repo.save(a);
    b.signFor(Actor.SYSTEM, T, D);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }
}
