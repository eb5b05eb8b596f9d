package org.db3311.sgc.core.evaluation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.junit.jupiter.api.Test;

/** What every {@link FeedbackRepository} adapter must do, the optimistic lock included. */
public abstract class FeedbackRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final UnitId HRSS = UnitId.of("county.hrss");
  private static long seq = System.nanoTime() % 100_000;

  protected abstract FeedbackRepository newRepository();

  private static Feedback complaint() {
    return new Feedback(
        FeedbackTicket.of("FB-2026-" + (++seq)),
        FeedbackKind.COMPLAINT,
        FeedbackChannel.WEB,
        "窗口态度生硬",
        Optional.of(HRSS),
        Optional.of("13800000000"),
        T0,
        LocalDate.of(2026, 12, 24));
  }

  @Test
  void a_saved_item_reads_back_with_everything_it_holds() {
    FeedbackRepository repo = newRepository();
    Feedback f = complaint();
    f.assign(HRSS, Actor.of("s-1", "中心"), T0);
    f.answer(T0, "属实，已整改", Optional.of(Verdict.UPHELD), Actor.of("s-1", "中心"));
    f.linkCorrectiveAction(CorrectiveActionId.of("CA-2026-0007"), Actor.of("s-1", "中心"), T0);
    repo.save(f);
    assertThat(f.version()).isEqualTo(new Version(1));
    Feedback back = repo.find(f.ticket()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(f.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
    assertThat(back.correctiveAction()).contains(CorrectiveActionId.of("CA-2026-0007"));
    assertThat(repo.all()).extracting(Feedback::ticket).contains(f.ticket());
    assertThat(repo.tickets()).contains(f.ticket());
  }

  @Test
  void a_read_is_a_copy_not_the_stored_item() {
    FeedbackRepository repo = newRepository();
    Feedback f = complaint();
    repo.save(f);
    repo.find(f.ticket()).orElseThrow().assign(HRSS, Actor.SYSTEM, T0);
    assertThat(repo.find(f.ticket()).orElseThrow().state()).isEqualTo(Feedback.State.RECEIVED);
  }

  @Test
  void a_stale_save_fails() {
    FeedbackRepository repo = newRepository();
    Feedback f = complaint();
    repo.save(f);
    Feedback a = repo.find(f.ticket()).orElseThrow();
    Feedback b = repo.find(f.ticket()).orElseThrow();
    a.assign(HRSS, Actor.SYSTEM, T0);
    repo.save(a);
    b.assign(UnitId.of("county.civil"), Actor.SYSTEM, T0.plusSeconds(1));
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void an_unknown_ticket_finds_nothing() {
    assertThat(newRepository().find(FeedbackTicket.of("FB-1900-00001"))).isEmpty();
  }
}
