package org.db3311.sgc.adapter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.adapter.sms.GatewayFixture.result;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.UnitOfWork;
import org.db3311.sgc.core.notice.InMemoryNoticeQueue;
import org.db3311.sgc.core.notice.NoticeDispatcher;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeSender;
import org.db3311.sgc.core.notice.NoticeState;
import org.db3311.sgc.core.notice.QueueingNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Crashes around sending: committed notices whose process died before its dispatcher ran, and a
 * dispatcher killed in the middle of a batch after the gateway accepted a message it had not yet
 * recorded. The restarted dispatcher delivers every notice exactly once in effect.
 */
class SmsCrashTest {

  private static final NoticeDispatcher.Policy POLICY =
      new NoticeDispatcher.Policy(
          10, Duration.ofMinutes(5), 5, Duration.ofSeconds(30), Duration.ofMinutes(5));

  private final MutableClock clock = MutableClock.at("2026-12-31T23:58:00");
  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue(); // the durable store
  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private FakeSmsGateway gateway;

  @BeforeEach
  void start() throws IOException {
    gateway = new FakeSmsGateway();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  /** The process dies: what a JVM crash looks like to the code it interrupts. */
  static final class ProcessKilled extends Error {
    ProcessKilled() {
      super("killed");
    }
  }

  /** The gateway, through a process that is killed after its {@code n}-th accepted message. */
  private NoticeSender killedAfter(int n) {
    HttpSmsNotifier sms = GatewayFixture.notifier(gateway, clock);
    AtomicInteger accepted = new AtomicInteger();
    return new NoticeSender() {
      @Override
      public boolean handles(Notification.Channel channel) {
        return sms.handles(channel);
      }

      @Override
      public Notifier.Receipt deliver(NoticeId id, Notification notification) {
        Notifier.Receipt r = sms.deliver(id, notification);
        if (accepted.incrementAndGet() == n) {
          throw new ProcessKilled();
        }
        return r;
      }
    };
  }

  private List<NoticeId> commitNotices(int count) {
    QueueingNotifier notifier = new QueueingNotifier(queue, unitOfWork, clock);
    List<NoticeId> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String ref = "331121-20261231-%04d".formatted(i);
      unitOfWork.run(() -> ids.add(new NoticeId(notifier.send(result(ref)).deliveryId())));
    }
    return ids;
  }

  private NoticeDispatcher dispatcher(String name, NoticeSender sender) {
    return new NoticeDispatcher(queue, List.of(sender), clock, POLICY, name, new Random(3));
  }

  @Test
  @DisplayName(
      "committed, then the process dies before sending: the restarted dispatcher sends each once")
  void crash_after_commit_before_sending() {
    List<NoticeId> ids = commitNotices(6);
    // the process dies here: no dispatcher ever ran
    assertThat(gateway.requests()).isEmpty();

    clock.advance(Duration.ofMinutes(3)); // restarted, in the next year
    NoticeDispatcher.Report r =
        dispatcher("server-1-restarted", GatewayFixture.notifier(gateway, clock)).dispatchDue();

    assertThat(r.sent()).containsExactlyElementsOf(ids);
    assertThat(gateway.delivered())
        .containsExactlyElementsOf(ids.stream().map(NoticeId::value).toList());
    assertThat(gateway.repeatsByKey()).isEmpty();
    assertThat(
            dispatcher("server-1-restarted", GatewayFixture.notifier(gateway, clock))
                .dispatchDue()
                .claimed())
        .isZero();
  }

  @Test
  @DisplayName(
      "killed mid-batch after the gateway accepted a message: resent with its key, delivered once")
  void killed_in_the_middle_of_a_batch() {
    List<NoticeId> ids = commitNotices(10);

    assertThatThrownBy(() -> dispatcher("server-1", killedAfter(4)).dispatchDue())
        .isInstanceOf(ProcessKilled.class);
    assertThat(gateway.delivered()).hasSize(4);
    assertThat(ids.subList(0, 3))
        .allSatisfy(
            id -> assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.SENT));
    assertThat(queue.find(ids.get(3)).orElseThrow().state()).isEqualTo(NoticeState.SENDING);

    // another server cannot take them while the dead one's lease runs
    NoticeDispatcher other = dispatcher("server-2", GatewayFixture.notifier(gateway, clock));
    assertThat(other.dispatchDue().claimed()).isZero();
    clock.advance(POLICY.lease());
    NoticeDispatcher.Report r = other.dispatchDue();

    assertThat(r.sent()).containsExactlyElementsOf(ids.subList(3, 10));
    assertThat(ids)
        .allSatisfy(
            id -> assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.SENT));
    assertThat(gateway.delivered())
        .containsExactlyInAnyOrderElementsOf(ids.stream().map(NoticeId::value).toList());
    // the fourth was asked twice, delivered once: the idempotency key at work
    assertThat(gateway.repeatsByKey()).containsExactly(java.util.Map.entry(ids.get(3).value(), 1));
    assertThat(queue.find(ids.get(3)).orElseThrow().messageId()).contains("gw-4");
    assertThat(queue.find(ids.get(3)).orElseThrow().attempts()).isEqualTo(2);
  }
}
