package org.db3311.sgc.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.notice.NoticeQueueContract.resultNotice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.guidance.SupervisionNotice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The edges of sending queued notices: batches, retry delays and their jitter, and the counts. */
@DisplayName("notice dispatching — batches, delays with jitter, counts")
class NoticeDispatcherEdgesTest {

  private final MutableClock clock = MutableClock.at("2026-12-31T23:50:00");
  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
  private final NoticeDispatcherTest.FakeSms sms = new NoticeDispatcherTest.FakeSms();
  private final InMemoryNotifier inbox = new InMemoryNotifier(clock);

  private NoticeDispatcher dispatcher(NoticeDispatcher.Policy policy, long seed) {
    return new NoticeDispatcher(
        queue,
        List.of(sms, NoticeSender.through(inbox, EnumSet.of(Notification.Channel.UNIT_INBOX))),
        clock,
        policy,
        "d1",
        new Random(seed));
  }

  @Test
  @DisplayName(
      "dispatching all due runs batches until one claims nothing, and never more than asked")
  void batches_until_nothing_is_due() {
    for (int i = 1; i <= 5; i++) {
      queue.enqueue(resultNotice("331121-20261231-000" + i), clock.instant());
    }
    NoticeDispatcher.Policy twoAtATime =
        new NoticeDispatcher.Policy(
            2, Duration.ofMinutes(5), 3, Duration.ofSeconds(30), Duration.ofMinutes(2));

    List<NoticeDispatcher.Report> firstTwo = dispatcher(twoAtATime, 1).dispatchAllDue(2);
    assertThat(firstTwo).extracting(NoticeDispatcher.Report::claimed).containsExactly(2, 2);

    List<NoticeDispatcher.Report> rest = dispatcher(twoAtATime, 1).dispatchAllDue(10);
    assertThat(rest).extracting(NoticeDispatcher.Report::claimed).containsExactly(1, 0);
    assertThat(dispatcher(twoAtATime, 1).dispatchAllDue(0)).isEmpty();
    assertThat(sms.calls).hasSize(5);
  }

  @Test
  @DisplayName("a report counts every notice it claimed: sent, retried and given up alike")
  void a_report_counts_every_claimed_notice() {
    NoticeDispatcher.Report r =
        new NoticeDispatcher.Report(
            List.of(NoticeId.random(), NoticeId.random()),
            List.of(new org.db3311.sgc.core.common.ItemFailure("a", "503")),
            List.of(
                new org.db3311.sgc.core.common.ItemFailure("b", "400"),
                new org.db3311.sgc.core.common.ItemFailure("c", "400")));
    assertThat(r.claimed()).isEqualTo(5);
  }

  @Test
  @DisplayName(
      "a retry waits between half the delay and the whole of it, whatever the random draw, and at least a millisecond")
  void retry_delay_is_jittered_within_its_bounds() {
    NoticeDispatcher.Policy policy =
        new NoticeDispatcher.Policy(
            10, Duration.ofMinutes(5), 4, Duration.ofSeconds(30), Duration.ofMinutes(2));
    sms.down = true;
    java.util.Set<Duration> drawn = new java.util.HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      NoticeId id = queue.enqueue(resultNotice("331121-20261231-1" + seed), clock.instant()).id();
      Instant now = clock.instant();
      dispatcher(policy, seed).dispatchDue();
      Instant next = queue.find(id).orElseThrow().nextAttemptAt();
      assertThat(Duration.between(now, next))
          .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
      drawn.add(Duration.between(now, next));
      clock.advance(Duration.ofHours(1));
    }
    assertThat(drawn).as("retries do not march in step").hasSizeGreaterThan(1);
    NoticeDispatcher.Policy tiny =
        new NoticeDispatcher.Policy(
            10, Duration.ofMinutes(5), 4, Duration.ofMillis(1), Duration.ofMillis(1));
    NoticeId id = queue.enqueue(resultNotice("331121-20261231-2000"), clock.instant()).id();
    Instant now = clock.instant();
    dispatcher(tiny, 3).dispatchDue();
    assertThat(queue.find(id).orElseThrow().nextAttemptAt()).isEqualTo(now.plusMillis(1));
  }

  @Test
  @DisplayName(
      "the delay reaches the longest exactly and stays there; the standard policy doubles 30 s up to an hour")
  void delay_edges() {
    NoticeDispatcher.Policy p =
        new NoticeDispatcher.Policy(
            10, Duration.ofMinutes(5), 9, Duration.ofSeconds(30), Duration.ofSeconds(60));
    assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(60));
    NoticeDispatcher.Policy s = NoticeDispatcher.Policy.standard();
    assertThat(s.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.delayAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(s.maxAttempts()).isEqualTo(8);
    assertThat(s.batchSize()).isEqualTo(50);
  }

  @Test
  @DisplayName("a failure is recorded only by the dispatcher holding the notice")
  void only_the_holder_records_a_failure() {
    NoticeId id = queue.enqueue(resultNotice("331121-20261231-3000"), clock.instant()).id();
    assertThat(queue.recordFailed(id, "d1", "x", clock.instant())).isFalse();
    assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.QUEUED);
  }

  @Test
  @DisplayName(
      "a supervision text says how many working days a task is overdue only when it is overdue")
  void overdue_is_said_only_when_overdue() {
    GrassrootsUnit unit = new GrassrootsUnit("331121001", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP);
    LocalDate due = LocalDate.of(2026, 12, 30);
    Notification onTime =
        QueueingSupervisionNotifier.toNotification(
            new SupervisionNotice(
                GuidanceTaskId.of("ZD-2026-0001"),
                unit,
                SupervisionNotice.Level.URGING,
                due,
                due.plusDays(1),
                0),
            Optional.empty());
    Notification late =
        QueueingSupervisionNotifier.toNotification(
            new SupervisionNotice(
                GuidanceTaskId.of("ZD-2026-0001"),
                unit,
                SupervisionNotice.Level.ESCALATION,
                due,
                due.plusDays(9),
                1),
            Optional.empty());
    assertThat(onTime.body()).doesNotContain("逾期");
    assertThat(late.body()).contains("已逾期 1 个工作日");
  }
}
