package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.followup.FollowUp;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.ResultNotice;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.onward.OnwardClocks;
import org.db3311.sgc.core.onward.OnwardReferral;
import org.db3311.sgc.core.onward.OnwardReferralId;
import org.db3311.sgc.core.onward.Road;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mediation cases, follow-ups and onward referrals that have moved on from their first state read
 * back identical, with their versions, from a store opened afresh on the same database — across the
 * turn of the year.
 */
class JpaStoreCaseworkRestartTest {

  private static final Instant T = Instant.parse("2026-12-30T02:00:00.123456Z");
  private static final RegistrationNumber N = RegistrationNumber.parse("331121-20261230-0042");

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("casework written by one process is there, identical, when another opens the store")
  void a_restart_loses_no_casework(TestStores database) {
    JpaSettings settings = database.settingsFor(JpaStoreCaseworkRestartTest.class);
    try {
      MediationCase mediation =
          MediationCase.open(
              new MediationCaseId(N, 1),
              "dispute.labour",
              List.of("张三", "丽水某建筑有限公司"),
              Actor.SYSTEM,
              T);
      mediation.assess(true, "适宜调解", Actor.SYSTEM, T);
      FollowUp followUp =
          FollowUp.open(
              new FollowUpId(N, 1),
              new MatterResult(MatterResult.Outcome.RESOLVED, "已办结"),
              List.of("张三"),
              Actor.SYSTEM,
              T);
      followUp.resultNotified(
          List.of(new ResultNotice("张三", Notification.Channel.SMS, "d1", T)), Actor.SYSTEM, T);
      OnwardReferral referral =
          OnwardReferral.refer(
              new OnwardReferralId(N, 1),
              new MediationCaseId(N, 1),
              "dispute.labour",
              Road.PETITION,
              UnitId.of("qingtian-petition-bureau"),
              "青田县信访局",
              "当事人选择",
              OnwardClocks.defaults().rulesFor(Road.PETITION),
              Optional.empty(),
              LocalDate.of(2026, 12, 30),
              Actor.SYSTEM,
              T);
      referral.receive(LocalDate.of(2027, 1, 4), false, "青信〔2027〕1号", Actor.SYSTEM, T);
      try (JpaStore first = JpaStore.open(settings)) {
        first
            .unitOfWork()
            .run(
                () -> {
                  new JpaMediationCaseRepository(first).save(mediation);
                  new JpaFollowUpRepository(first).save(followUp);
                  new JpaOnwardReferralRepository(first).save(referral);
                });
      }
      try (JpaStore second = JpaStore.open(settings)) {
        MediationCase m = new JpaMediationCaseRepository(second).find(mediation.id()).orElseThrow();
        assertThat(m.snapshot()).isEqualTo(mediation.snapshot());
        assertThat(m.version()).isEqualTo(mediation.version());
        FollowUp f = new JpaFollowUpRepository(second).find(followUp.id()).orElseThrow();
        assertThat(f.snapshot()).isEqualTo(followUp.snapshot());
        assertThat(f.version()).isEqualTo(followUp.version());
        JpaOnwardReferralRepository referrals = new JpaOnwardReferralRepository(second);
        OnwardReferral r = referrals.find(referral.id()).orElseThrow();
        assertThat(r.snapshot()).isEqualTo(referral.snapshot());
        assertThat(r.version()).isEqualTo(referral.version());
        assertThat(referrals.open()).extracting(OnwardReferral::id).containsExactly(referral.id());
      }
    } finally {
      TestStores.dispose(settings);
    }
  }
}
