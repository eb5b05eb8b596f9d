package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.junit.jupiter.api.Test;

/** What every {@link OnwardReferralRepository} adapter must do. */
public abstract class OnwardReferralRepositoryContract {

  protected abstract OnwardReferralRepository newRepository();

  static OnwardReferral refer(RegistrationNumber n, int number) {
    return OnwardReferral.refer(
        new OnwardReferralId(n, number),
        new MediationCaseId(n, 1),
        "dispute.labour",
        Road.PETITION,
        UnitId.of("qingtian-petition-bureau"),
        "青田县信访局",
        "当事人选择",
        OnwardClocks.defaults().rulesFor(Road.PETITION),
        Optional.empty(),
        LocalDate.of(2026, 11, 25),
        Actor.SYSTEM,
        Instant.EPOCH);
  }

  private static RegistrationNumber someMatter() {
    return RegistrationNumber.parse("331121-20261125-" + (1000 + System.nanoTime() % 9000));
  }

  @Test
  void referrals_read_back_and_list_by_matter_in_order() {
    OnwardReferralRepository repo = newRepository();
    RegistrationNumber n = someMatter();
    OnwardReferral second = refer(n, 2);
    OnwardReferral first = refer(n, 1);
    repo.save(second);
    repo.save(first);
    assertThat(repo.find(first.id()).orElseThrow().snapshot()).isEqualTo(first.snapshot());
    assertThat(repo.ofMatter(n)).extracting(r -> r.id().number()).containsExactly(1, 2);
  }

  @Test
  void only_referrals_whose_road_is_open_are_listed_open() {
    OnwardReferralRepository repo = newRepository();
    RegistrationNumber n = someMatter();
    OnwardReferral open = refer(n, 1);
    OnwardReferral ended = refer(n, 2);
    ended.declineToAccept(LocalDate.of(2026, 11, 26), "不属本机关职权", Actor.SYSTEM, Instant.EPOCH);
    repo.save(open);
    repo.save(ended);
    assertThat(repo.open())
        .extracting(OnwardReferral::id)
        .contains(open.id())
        .doesNotContain(ended.id());
  }

  @Test
  void a_stale_save_fails() {
    OnwardReferralRepository repo = newRepository();
    OnwardReferral r = refer(someMatter(), 1);
    repo.save(r);
    OnwardReferral x = repo.find(r.id()).orElseThrow();
    OnwardReferral y = repo.find(r.id()).orElseThrow();
    x.receive(LocalDate.of(2026, 11, 26), false, "青信〔2026〕1号", Actor.SYSTEM, Instant.EPOCH);
    repo.save(x);
    y.declineToAccept(LocalDate.of(2026, 11, 26), "不属本机关职权", Actor.SYSTEM, Instant.EPOCH);
    assertThatThrownBy(() -> repo.save(y)).isInstanceOf(OptimisticLockException.class);
    assertThat(repo.find(r.id()).orElseThrow().state()).isEqualTo(OnwardState.RECEIVED);
  }

  @Test
  void an_unknown_id_is_empty() {
    assertThat(newRepository().find(new OnwardReferralId(someMatter(), 9))).isEmpty();
  }
}
