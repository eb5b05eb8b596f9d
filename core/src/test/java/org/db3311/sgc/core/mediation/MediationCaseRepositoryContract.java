package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.Test;

/** What every {@link MediationCaseRepository} adapter must do. */
public abstract class MediationCaseRepositoryContract {

  protected abstract MediationCaseRepository newRepository();

  private static MediationCase open(RegistrationNumber n, int attempt) {
    return MediationCase.open(
        new MediationCaseId(n, attempt),
        "dispute.labour",
        List.of("张三", "李四"),
        Actor.SYSTEM,
        Instant.EPOCH);
  }

  @Test
  void cases_read_back_and_list_by_matter_in_attempt_order() {
    MediationCaseRepository repo = newRepository();
    RegistrationNumber n =
        RegistrationNumber.parse("331121-20261125-" + (1000 + System.nanoTime() % 9000));
    MediationCase second = open(n, 2);
    MediationCase first = open(n, 1);
    repo.save(second);
    repo.save(first);
    assertThat(repo.find(first.id()).orElseThrow().snapshot()).isEqualTo(first.snapshot());
    assertThat(repo.ofMatter(n)).extracting(c -> c.id().attempt()).containsExactly(1, 2);
  }

  @Test
  void a_stale_save_fails() {
    MediationCaseRepository repo = newRepository();
    MediationCase c = open(RegistrationNumber.parse("331121-20261125-0001"), 1);
    repo.save(c);
    MediationCase x = repo.find(c.id()).orElseThrow();
    MediationCase y = repo.find(c.id()).orElseThrow();
    x.assess(true, "适宜", Actor.SYSTEM, Instant.EPOCH);
    repo.save(x);
    y.assess(false, "不适宜", Actor.SYSTEM, Instant.EPOCH);
    assertThatThrownBy(() -> repo.save(y)).isInstanceOf(OptimisticLockException.class);
  }
}
