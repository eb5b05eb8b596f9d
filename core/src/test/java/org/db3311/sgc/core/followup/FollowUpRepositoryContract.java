package org.db3311.sgc.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.Test;

/** What every {@link FollowUpRepository} adapter must do. */
public abstract class FollowUpRepositoryContract {

  protected abstract FollowUpRepository newRepository();

  private static FollowUp open(RegistrationNumber n, int round) {
    return FollowUp.open(
        new FollowUpId(n, round),
        new MatterResult(MatterResult.Outcome.RESOLVED, "已办结"),
        List.of("张三"),
        Actor.SYSTEM,
        Instant.EPOCH);
  }

  @Test
  void follow_ups_read_back_by_round() {
    FollowUpRepository repo = newRepository();
    RegistrationNumber n =
        RegistrationNumber.parse("331121-20261125-" + (1000 + System.nanoTime() % 9000));
    FollowUp second = open(n, 2);
    FollowUp first = open(n, 1);
    repo.save(second);
    repo.save(first);
    assertThat(repo.find(first.id()).orElseThrow().snapshot()).isEqualTo(first.snapshot());
    assertThat(repo.ofMatter(n)).extracting(x -> x.id().round()).containsExactly(1, 2);
  }

  @Test
  void a_stale_save_fails() {
    FollowUpRepository repo = newRepository();
    FollowUp f = open(RegistrationNumber.parse("331121-20261125-0001"), 1);
    repo.save(f);
    FollowUp a = repo.find(f.id()).orElseThrow();
    FollowUp b = repo.find(f.id()).orElseThrow();
    List<ResultNotice> sent =
        List.of(
            new ResultNotice(
                "张三", org.db3311.sgc.core.common.Notification.Channel.SMS, "d1", Instant.EPOCH));
    a.resultNotified(sent, Actor.SYSTEM, Instant.EPOCH);
    repo.save(a);
    b.resultNotified(sent, Actor.SYSTEM, Instant.EPOCH);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }
}
