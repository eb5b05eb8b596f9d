package org.db3311.sgc.adapter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.adapter.sms.GatewayFixture.result;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.UnitId;
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
 * The gateway fails for a while (5xx answers, then timeouts): the notices stay queued, are sent
 * once it recovers, and none is sent twice — the fake gateway counts by idempotency key.
 */
class SmsGatewayOutageTest {

  private static final NoticeDispatcher.Policy POLICY =
      new NoticeDispatcher.Policy(
          5, Duration.ofMinutes(5), 20, Duration.ofSeconds(30), Duration.ofMinutes(10));

  private final MutableClock clock = MutableClock.at("2026-12-31T23:30:00");
  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryNotifier inbox = new InMemoryNotifier(clock);
  private FakeSmsGateway gateway;

  @BeforeEach
  void start() throws IOException {
    gateway = new FakeSmsGateway();
    sms = GatewayFixture.impatient(gateway, clock);
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  private HttpSmsNotifier sms;

  private NoticeDispatcher dispatcher() {
    return new NoticeDispatcher(
        queue,
        List.of(sms, NoticeSender.through(inbox, EnumSet.of(Notification.Channel.UNIT_INBOX))),
        clock,
        POLICY,
        "server-1",
        new Random(11));
  }

  @Test
  @DisplayName("an outage keeps notices queued; after recovery each is delivered exactly once")
  void notices_survive_an_outage_and_go_out_once() {
    QueueingNotifier notifier = new QueueingNotifier(queue, unitOfWork, clock);
    List<NoticeId> texts = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String ref = "331121-20261231-%04d".formatted(i);
      unitOfWork.run(() -> texts.add(new NoticeId(notifier.send(result(ref)).deliveryId())));
    }
    NoticeId inboxNotice =
        new NoticeId(
            notifier
                .send(
                    new Notification(
                        Notification.Recipient.unit(UnitId.of("331121-SFJ"), "县司法局"),
                        Notification.Channel.UNIT_INBOX,
                        "逾期督办",
                        "调解 期限 2027-01-04",
                        "331121-20261231-0001"))
                .deliveryId());

    gateway.goDown();
    for (int round = 0; round < 4; round++) {
      dispatcher().dispatchAllDue(10);
      clock.advance(POLICY.maxDelay());
    }
    assertThat(gateway.delivered()).isEmpty();
    assertThat(texts)
        .allSatisfy(
            id -> assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.QUEUED));
    assertThat(queue.find(inboxNotice).orElseThrow().state()).isEqualTo(NoticeState.SENT);
    assertThat(queue.find(texts.getFirst()).orElseThrow().lastFailure().orElseThrow())
        .contains("503");

    // it comes back slowly: the first answers are too late for the client
    gateway.recover();
    gateway.slow(2, 4_000);
    for (int round = 0; round < 3; round++) {
      dispatcher().dispatchAllDue(10);
      clock.advance(POLICY.maxDelay());
    }

    assertThat(texts)
        .allSatisfy(
            id -> assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.SENT));
    assertThat(gateway.delivered())
        .containsExactlyInAnyOrderElementsOf(texts.stream().map(NoticeId::value).toList());
    // the two requests answered too late were repeated with their key and not delivered again
    assertThat(gateway.repeatsByKey().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(2);
    assertThat(gateway.attemptsByKey()).hasSize(12);
    assertThat(gateway.attemptsByKey().values().stream().mapToInt(Integer::intValue).sum())
        .as("requests during the outage and after")
        .isGreaterThan(12 * 3);
    assertThat(inbox.sent()).hasSize(1);
    assertThat(gateway.badSignatures()).isZero();
    assertThat(queue.countByState()).isEqualTo(Map.of(NoticeState.SENT, 13L));
  }
}
