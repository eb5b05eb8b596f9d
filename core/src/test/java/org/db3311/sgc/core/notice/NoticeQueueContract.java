package org.db3311.sgc.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.UnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link NoticeQueue} adapter must do. */
public abstract class NoticeQueueContract {

  /** New Year's Eve in the center's zone: leases and retries run into the next year. */
  protected static final Instant EVE =
      LocalDateTime.parse("2026-12-31T23:55:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant();

  /** An empty queue. */
  protected abstract NoticeQueue newQueue();

  /** The unit of work the queue's writes join. */
  protected abstract UnitOfWork unitOfWork();

  public static Notification resultNotice(String reference) {
    return new Notification(
            Notification.Recipient.person("张三", PhoneNumber.of("13812341234")),
            Notification.Channel.SMS,
            "办理结果告知",
            "您反映的事项（" + reference + "）已办结：双方达成协议",
            reference)
        .withTemplate("result", Map.of("summary", "双方达成协议"));
  }

  public static Notification inboxNotice(String reference) {
    return new Notification(
        Notification.Recipient.unit(UnitId.of("331121-SFJ"), "县司法局"),
        Notification.Channel.UNIT_INBOX,
        "逾期督办",
        "调解 期限 2027-01-04（" + reference + "）",
        reference);
  }

  private static NoticeQueue.Claim claim(String who, Instant now, int limit) {
    return new NoticeQueue.Claim(who, now, Duration.ofMinutes(10), limit);
  }

  @Test
  @DisplayName("a queued notice reads back whole, due at once, and is claimed with one attempt")
  void queued_notice_reads_back_and_is_due_at_once() {
    NoticeQueue q = newQueue();
    QueuedNotice queued =
        unitOfWork().inTransaction(() -> q.enqueue(resultNotice("331121-20261231-0001"), EVE));

    QueuedNotice read = q.find(queued.id()).orElseThrow();
    assertThat(read.state()).isEqualTo(NoticeState.QUEUED);
    assertThat(read.notification()).isEqualTo(resultNotice("331121-20261231-0001"));
    assertThat(read.notification().recipient().phone()).contains(PhoneNumber.of("13812341234"));
    assertThat(read.notification().template().orElseThrow().values())
        .containsEntry("summary", "双方达成协议");
    assertThat(read.queuedAt()).isEqualTo(EVE);

    List<QueuedNotice> claimed = q.claimDue(claim("a", EVE, 10));
    assertThat(claimed).extracting(QueuedNotice::id).containsExactly(queued.id());
    assertThat(claimed.get(0).attempts()).isEqualTo(1);
    assertThat(claimed.get(0).state()).isEqualTo(NoticeState.SENDING);
    assertThat(q.find(queued.id()).orElseThrow().heldBy("a")).isTrue();
  }

  @Test
  @DisplayName("a notice queued in a unit that rolls back is not in the queue")
  void rolled_back_unit_leaves_no_notice() {
    NoticeQueue q = newQueue();
    List<NoticeId> ids = new ArrayList<>();
    assertThatThrownBy(
            () ->
                unitOfWork()
                    .run(
                        () -> {
                          ids.add(q.enqueue(resultNotice("331121-20261231-0002"), EVE).id());
                          throw new IllegalStateException("the use case failed");
                        }))
        .hasMessage("the use case failed");
    assertThat(q.find(ids.get(0))).isEmpty();
    assertThat(q.claimDue(claim("a", EVE.plusSeconds(60), 10))).isEmpty();
  }

  @Test
  @DisplayName(
      "while a lease runs nobody else gets the notice; once it ran out (a crash) it is claimed again")
  void a_claim_holds_until_its_lease_runs_out() {
    NoticeQueue q = newQueue();
    NoticeId id = q.enqueue(resultNotice("331121-20261231-0003"), EVE).id();
    assertThat(q.claimDue(claim("a", EVE, 10))).hasSize(1);

    assertThat(q.claimDue(claim("b", EVE.plus(Duration.ofMinutes(9)), 10))).isEmpty();
    List<QueuedNotice> again = q.claimDue(claim("b", EVE.plus(Duration.ofMinutes(10)), 10));
    assertThat(again).extracting(QueuedNotice::id).containsExactly(id);
    assertThat(again.get(0).attempts()).isEqualTo(2);

    // the first claimant, back from the dead, no longer holds it
    assertThat(q.recordSent(id, "a", "m-1", EVE.plus(Duration.ofMinutes(11)))).isFalse();
    assertThat(q.recordSent(id, "b", "m-1", EVE.plus(Duration.ofMinutes(11)))).isTrue();
    QueuedNotice sent = q.find(id).orElseThrow();
    assertThat(sent.state()).isEqualTo(NoticeState.SENT);
    assertThat(sent.messageId()).contains("m-1");
    assertThat(sent.settledAt()).contains(EVE.plus(Duration.ofMinutes(11)));
  }

  @Test
  @DisplayName("claims take the oldest due first and no more than asked")
  void claims_take_oldest_due_first() {
    NoticeQueue q = newQueue();
    List<NoticeId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(q.enqueue(resultNotice("331121-20261231-001" + i), EVE.plusSeconds(i)).id());
    }
    assertThat(q.claimDue(claim("a", EVE.plusSeconds(2), 10)))
        .extracting(QueuedNotice::id)
        .containsExactly(ids.get(0), ids.get(1), ids.get(2));
    assertThat(q.claimDue(claim("a", EVE.plusSeconds(10), 1)))
        .extracting(QueuedNotice::id)
        .containsExactly(ids.get(3));
  }

  @Test
  @DisplayName("a retried notice waits for its next attempt, into the next year")
  void a_retry_waits_for_its_next_attempt() {
    NoticeQueue q = newQueue();
    NoticeId id = q.enqueue(inboxNotice("331121-20261231-0004"), EVE).id();
    q.claimDue(claim("a", EVE, 10));
    Instant next = EVE.plus(Duration.ofMinutes(30)); // 2027-01-01 00:25 in Asia/Shanghai
    assertThat(q.recordRetry(id, "b", next, "not held")).isFalse();
    assertThat(q.recordRetry(id, "a", next, "gateway answered 503")).isTrue();

    QueuedNotice waiting = q.find(id).orElseThrow();
    assertThat(waiting.state()).isEqualTo(NoticeState.QUEUED);
    assertThat(waiting.nextAttemptAt()).isEqualTo(next);
    assertThat(waiting.lastFailure()).contains("gateway answered 503");
    assertThat(q.claimDue(claim("a", next.minusSeconds(1), 10))).isEmpty();
    assertThat(q.claimDue(claim("a", next, 10)))
        .singleElement()
        .satisfies(n -> assertThat(n.attempts()).isEqualTo(2));
  }

  @Test
  @DisplayName("a failed notice is never claimed again")
  void a_failed_notice_is_not_claimed_again() {
    NoticeQueue q = newQueue();
    NoticeId id = q.enqueue(resultNotice("331121-20261231-0005"), EVE).id();
    q.claimDue(claim("a", EVE, 10));
    assertThat(q.recordFailed(id, "a", "gateway refused: 400", EVE.plusSeconds(1))).isTrue();
    QueuedNotice failed = q.find(id).orElseThrow();
    assertThat(failed.state()).isEqualTo(NoticeState.FAILED);
    assertThat(failed.lastFailure()).contains("gateway refused: 400");
    assertThat(q.claimDue(claim("a", EVE.plus(Duration.ofDays(2)), 10))).isEmpty();
    assertThat(q.recordSent(id, "a", "m", EVE)).isFalse();
  }

  @Test
  @DisplayName(
      "a delivery receipt settles the notice, even one that arrives before the hand-over was recorded")
  void receipts_settle_notices() {
    NoticeQueue q = newQueue();
    NoticeId early = q.enqueue(resultNotice("331121-20261231-0006"), EVE).id();
    NoticeId late = q.enqueue(resultNotice("331121-20261231-0007"), EVE).id();
    q.claimDue(claim("a", EVE, 10));
    q.recordSent(late, "a", "m-late", EVE.plusSeconds(1));

    Instant at = EVE.plus(Duration.ofMinutes(6));
    assertThat(
            q.recordReceipt(
                new NoticeQueue.Receipt(
                    early, Optional.of("m-early"), DeliveryStatus.DELIVERED, at, Optional.empty())))
        .isTrue();
    assertThat(
            q.recordReceipt(
                new NoticeQueue.Receipt(
                    late, Optional.empty(), DeliveryStatus.UNDELIVERED, at, Optional.of("空号"))))
        .isTrue();
    assertThat(
            q.recordReceipt(
                new NoticeQueue.Receipt(
                    NoticeId.random(),
                    Optional.empty(),
                    DeliveryStatus.DELIVERED,
                    at,
                    Optional.empty())))
        .isFalse();

    QueuedNotice e = q.find(early).orElseThrow();
    assertThat(e.state()).isEqualTo(NoticeState.DELIVERED);
    assertThat(e.messageId()).contains("m-early");
    assertThat(q.recordSent(early, "a", "m-early", at))
        .isFalse(); // no longer held: stays delivered
    assertThat(q.find(early).orElseThrow().state()).isEqualTo(NoticeState.DELIVERED);
    QueuedNotice l = q.find(late).orElseThrow();
    assertThat(l.state()).isEqualTo(NoticeState.UNDELIVERED);
    assertThat(l.messageId()).contains("m-late");
    assertThat(l.lastFailure()).contains("空号");

    // a delivered notice stays delivered
    q.recordReceipt(
        new NoticeQueue.Receipt(
            early, Optional.empty(), DeliveryStatus.UNDELIVERED, at, Optional.empty()));
    assertThat(q.find(early).orElseThrow().state()).isEqualTo(NoticeState.DELIVERED);
    assertThat(q.countByState())
        .containsEntry(NoticeState.DELIVERED, 1L)
        .containsEntry(NoticeState.UNDELIVERED, 1L);
  }

  @Test
  @DisplayName("the notices of one reference read back in the order queued, with their states")
  void notices_of_a_reference_in_queue_order() {
    NoticeQueue q = newQueue();
    NoticeId first = q.enqueue(resultNotice("331121-20261231-0010"), EVE).id();
    q.enqueue(resultNotice("331121-20261231-0011"), EVE);
    NoticeId second = q.enqueue(inboxNotice("331121-20261231-0010"), EVE.minusSeconds(60)).id();
    q.claimDue(claim("a", EVE, 10));
    q.recordSent(first, "a", "m-1", EVE.plusSeconds(1));
    q.recordReceipt(
        new NoticeQueue.Receipt(
            first,
            Optional.empty(),
            DeliveryStatus.DELIVERED,
            EVE.plusSeconds(9),
            Optional.empty()));

    List<QueuedNotice> of = q.withReference("331121-20261231-0010");
    assertThat(of).extracting(QueuedNotice::id).containsExactly(first, second);
    assertThat(of.get(0).state()).isEqualTo(NoticeState.DELIVERED);
    assertThat(of.get(1).state()).isEqualTo(NoticeState.SENDING);
    assertThat(q.withReference("331121-20261231-0099")).isEmpty();
  }

  @Test
  @DisplayName("retention: settled notices are forgotten after the cutoff, unsettled ones stay")
  void settled_notices_are_forgotten_after_retention() {
    NoticeQueue q = newQueue();
    NoticeId sent = q.enqueue(resultNotice("331121-20261231-0008"), EVE).id();
    NoticeId waiting = q.enqueue(resultNotice("331121-20261231-0009"), EVE).id();
    q.claimDue(claim("a", EVE, 1));
    q.recordSent(sent, "a", "m", EVE.plusSeconds(5));

    assertThat(q.forgetSettledBefore(EVE.plusSeconds(5))).isZero();
    assertThat(q.forgetSettledBefore(EVE.plus(Duration.ofDays(90)))).isEqualTo(1);
    assertThat(q.find(sent)).isEmpty();
    assertThat(q.find(waiting)).isPresent();
  }

  @Test
  @DisplayName("claimants racing for the same notices never get one notice twice")
  void racing_claimants_share_out_notices() throws Exception {
    NoticeQueue q = newQueue();
    Set<NoticeId> queued = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 24; i++) {
      queued.add(q.enqueue(inboxNotice("331121-20261231-01" + (10 + i)), EVE).id());
    }
    List<NoticeId> claimed = Collections.synchronizedList(new ArrayList<>());
    int threads = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String who = "dispatcher-" + t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  List<QueuedNotice> got;
                  do {
                    got = q.claimDue(claim(who, EVE.plusSeconds(1), 3));
                    got.forEach(n -> claimed.add(n.id()));
                  } while (!got.isEmpty());
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
  }
}
