package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
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

  /** An agreed case whose confirmation due date is, or is not, provisional. */
  private static MediationCase agreed(RegistrationNumber n, boolean provisional) {
    MediationSnapshot s = open(n, 1).snapshot();
    return MediationCase.fromSnapshot(
        new MediationSnapshot(
            s.id(),
            s.categoryCode(),
            List.of("张三", "丽水某建筑有限公司"),
            s.openedAt(),
            MediationState.AGREED,
            s.suitabilityNote(),
            s.consents(),
            s.routing(),
            s.sessions(),
            s.records(),
            Optional.of(MediationFixtures.agreement(LocalDate.of(2026, 12, 10))),
            Optional.of(LocalDate.of(2027, 1, 11)),
            s.failureReason(),
            s.routesTold(),
            s.filingReference(),
            s.onward(),
            provisional),
        Version.NEW);
  }

  @Test
  void the_provisional_confirmation_due_dates_are_listed_and_read_back() {
    MediationCaseRepository repo = newRepository();
    MediationCase provisional = agreed(RegistrationNumber.parse("331121-20261210-0001"), true);
    MediationCase official = agreed(RegistrationNumber.parse("331121-20261210-0002"), false);
    repo.save(provisional);
    repo.save(official);
    assertThat(repo.find(provisional.id()).orElseThrow().snapshot())
        .isEqualTo(provisional.snapshot());
    assertThat(repo.withProvisionalConfirmationDue())
        .contains(provisional.id())
        .doesNotContain(official.id());
  }
}
