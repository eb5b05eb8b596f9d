package org.db3311.sgc.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.notice.NoticeQueueContract.inboxNotice;
import static org.db3311.sgc.core.notice.NoticeQueueContract.resultNotice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeDispatcherTest {

  private final MutableClock clock = MutableClock.at("2026-12-31T23:50:00");
  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
  private final FakeSms sms = new FakeSms();
  private final InMemoryNotifier inbox = new InMemoryNotifier(clock);
  private static final NoticeDispatcher.Policy POLICY =
      new NoticeDispatcher.Policy(
          10, Duration.ofMinutes(5), 4, Duration.ofSeconds(30), Duration.ofMinutes(2));

  /** A gateway that honours the idempotency key and fails on demand. */
  static final class FakeSms implements NoticeSender {
    final Map<NoticeId, String> accepted = new HashMap<>();
    final List<NoticeId> calls = new ArrayList<>();
    final Set<String> failingReferences = new HashSet<>();
    boolean down;
    boolean refuse;
    Error crashAfterHandOver;

    @Override
    public boolean handles(Notification.Channel channel) {
      return channel == Notification.Channel.SMS;
    }

    @Override
    public Notifier.Receipt deliver(NoticeId id, Notification n) {
      calls.add(id);
      if (refuse) {
        throw new NoticeDeliveryException("gateway refused the request: HTTP 400", false);
      }
      if (down || failingReferences.contains(n.reference())) {
        throw new NoticeDeliveryException("gateway answered HTTP 503", true);
      }
      String messageId = accepted.computeIfAbsent(id, k -> "m-" + (accepted.size() + 1));
      if (crashAfterHandOver != null) {
        throw crashAfterHandOver;
      }
      return new Notifier.Receipt(messageId, Instant.EPOCH);
    }
  }

  private NoticeDispatcher dispatcher(String name) {
    return new NoticeDispatcher(
        queue,
        List.of(sms, NoticeSender.through(inbox, EnumSet.of(Notification.Channel.UNIT_INBOX))),
        clock,
        POLICY,
        name,
        new Random(7));
  }

  private NoticeId queue(Notification n) {
    return queue.enqueue(n, clock.instant()).id();
  }

  @Test
  @DisplayName("every due notice goes to the sender of its channel and its message id is recorded")
  void sends_every_due_notice_through_its_channel() {
    NoticeId text = queue(resultNotice("331121-20261231-0001"));
    NoticeId unit = queue(inboxNotice("331121-20261231-0002"));

    NoticeDispatcher.Report r = dispatcher("d1").dispatchDue();

    assertThat(r.sent()).containsExactly(text, unit);
    assertThat(queue.find(text).orElseThrow().messageId()).contains("m-1");
    assertThat(queue.find(unit).orElseThrow().state()).isEqualTo(NoticeState.SENT);
    assertThat(inbox.sentAbout("331121-20261231-0002")).hasSize(1);
    assertThat(dispatcher("d1").dispatchDue().claimed()).isZero();
  }

  @Test
  @DisplayName("one failing notice is retried later and the others are sent meanwhile")
  void one_failing_notice_stops_no_other() {
    NoticeId bad = queue(resultNotice("331121-20261231-0003"));
    NoticeId good = queue(resultNotice("331121-20261231-0004"));
    sms.failingReferences.add("331121-20261231-0003");

    NoticeDispatcher.Report r = dispatcher("d1").dispatchDue();

    assertThat(r.sent()).containsExactly(good);
    assertThat(r.retried()).extracting(ItemFailure::item).containsExactly(bad.value());
    QueuedNotice waiting = queue.find(bad).orElseThrow();
    assertThat(waiting.state()).isEqualTo(NoticeState.QUEUED);
    // equal jitter: between half the first delay and the whole of it
    assertThat(Duration.between(clock.instant(), waiting.nextAttemptAt()))
        .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));

    sms.failingReferences.clear();
    assertThat(dispatcher("d1").dispatchDue().claimed()).isZero(); // not due yet
    clock.advance(Duration.ofSeconds(30));
    assertThat(dispatcher("d1").dispatchDue().sent()).containsExactly(bad);
  }

  @Test
  @DisplayName("a refusal is recorded as failed and not sent again")
  void a_refusal_is_not_retried() {
    NoticeId id = queue(resultNotice("331121-20261231-0005"));
    sms.refuse = true;
    NoticeDispatcher.Report r = dispatcher("d1").dispatchDue();
    assertThat(r.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("HTTP 400"));
    assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.FAILED);
    clock.advance(Duration.ofDays(1));
    assertThat(dispatcher("d1").dispatchDue().claimed()).isZero();
    assertThat(sms.calls).hasSize(1);
  }

  @Test
  @DisplayName("a notice that keeps failing is given up after the policy's attempts")
  void gives_up_after_max_attempts() {
    NoticeId id = queue(resultNotice("331121-20261231-0006"));
    sms.down = true;
    for (int i = 0; i < 10; i++) {
      dispatcher("d1").dispatchDue();
      clock.advance(POLICY.maxDelay());
    }
    QueuedNotice n = queue.find(id).orElseThrow();
    assertThat(n.state()).isEqualTo(NoticeState.FAILED);
    assertThat(n.attempts()).isEqualTo(4);
    assertThat(n.lastFailure().orElseThrow()).contains("after 4 attempts");
    assertThat(sms.calls).hasSize(4);
  }

  @Test
  @DisplayName("a notice on a channel nobody serves is recorded as failed, naming the channel")
  void no_sender_for_the_channel() {
    NoticeId letter =
        queue(
            new Notification(
                resultNotice("x").recipient(),
                Notification.Channel.LETTER,
                "办理结果告知",
                "已办结",
                "331121-20261231-0007"));
    NoticeDispatcher.Report r = dispatcher("d1").dispatchDue();
    assertThat(r.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("LETTER"));
    assertThat(queue.find(letter).orElseThrow().state()).isEqualTo(NoticeState.FAILED);
  }

  @Test
  @DisplayName(
      "crash after the hand-over: another dispatcher sends it again with the same key, delivered once")
  void crash_between_hand_over_and_record() {
    NoticeId first = queue(resultNotice("331121-20261231-0008"));
    NoticeId second = queue(resultNotice("331121-20261231-0009"));
    sms.crashAfterHandOver = new OutOfMemoryError("the process dies");

    assertThatThrownBy(() -> dispatcher("d1").dispatchDue()).isInstanceOf(OutOfMemoryError.class);
    assertThat(queue.find(first).orElseThrow().state()).isEqualTo(NoticeState.SENDING);

    sms.crashAfterHandOver = null;
    assertThat(dispatcher("d2").dispatchDue().claimed()).isZero(); // the lease still runs
    clock.advance(POLICY.lease());
    NoticeDispatcher.Report r = dispatcher("d2").dispatchDue();

    assertThat(r.sent()).containsExactlyInAnyOrder(first, second);
    assertThat(sms.calls).containsExactly(first, first, second);
    assertThat(sms.accepted).containsOnlyKeys(first, second); // the key kept it to one message
    assertThat(queue.find(first).orElseThrow().messageId()).contains("m-1");
  }

  @Test
  @DisplayName("retry delays double from the first up to the longest")
  void delays_double_up_to_the_longest() {
    assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(POLICY.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(POLICY.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(POLICY.delayAfter(9)).isEqualTo(Duration.ofMinutes(2));
  }
}
