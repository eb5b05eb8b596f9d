package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.notice.NoticeDispatcher;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeQueueContract;
import org.db3311.sgc.core.notice.NoticeSender;
import org.db3311.sgc.core.notice.NoticeState;
import org.db3311.sgc.core.notice.QueueingNotifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Notices survive a crash of the process: committed with their use case, then the store is closed
 * before or while they are sent, and a restarted process (a new store on the same database)
 * delivers every one exactly once in effect — the gateway stand-in honours idempotency keys as the
 * SMS gateway does, and counts the requests it did not deliver again.
 */
class JpaNoticeDispatchRestartTest {

  private static final NoticeDispatcher.Policy POLICY =
      new NoticeDispatcher.Policy(
          4, Duration.ofMinutes(5), 5, Duration.ofSeconds(30), Duration.ofMinutes(5));

  /**
   * A gateway that delivers each idempotency key once and can kill the process after a hand-over.
   */
  static final class Gateway implements NoticeSender {
    final Map<NoticeId, String> delivered = Collections.synchronizedMap(new HashMap<>());
    final AtomicInteger repeats = new AtomicInteger();
    final AtomicInteger handOvers = new AtomicInteger();
    volatile int killAfter = Integer.MAX_VALUE;

    @Override
    public boolean handles(Notification.Channel channel) {
      return channel == Notification.Channel.SMS;
    }

    @Override
    public Notifier.Receipt deliver(NoticeId id, Notification n) {
      String messageId;
      synchronized (delivered) {
        if (delivered.containsKey(id)) {
          repeats.incrementAndGet();
        }
        messageId = delivered.computeIfAbsent(id, k -> "gw-" + (delivered.size() + 1));
      }
      if (handOvers.incrementAndGet() == killAfter) {
        throw new ProcessKilled();
      }
      return new Notifier.Receipt(messageId, java.time.Instant.EPOCH);
    }
  }

  static final class ProcessKilled extends Error {
    ProcessKilled() {
      super("killed");
    }
  }

  private static List<NoticeId> commit(JpaStore store, MutableClock clock, int count) {
    QueueingNotifier notifier =
        new QueueingNotifier(new JpaNoticeQueue(store), store.unitOfWork(), clock);
    List<NoticeId> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String ref = "331121-20261231-%04d".formatted(i);
      store
          .unitOfWork()
          .run(
              () ->
                  ids.add(
                      new NoticeId(
                          notifier.send(NoticeQueueContract.resultNotice(ref)).deliveryId())));
    }
    return ids;
  }

  private static NoticeDispatcher dispatcher(
      JpaStore store, Gateway g, MutableClock clock, String name) {
    return new NoticeDispatcher(
        new JpaNoticeQueue(store), List.of(g), clock, POLICY, name, new Random(5));
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName(
      "committed, then the process dies before and while sending: after a restart each notice is delivered once")
  void a_restart_delivers_every_notice_once(TestStores database) {
    JpaSettings settings = database.settingsFor(JpaNoticeDispatchRestartTest.class);
    MutableClock clock = MutableClock.at("2026-12-31T23:57:00");
    Gateway gateway = new Gateway();
    try {
      List<NoticeId> ids;
      try (JpaStore first = JpaStore.open(settings)) {
        ids = commit(first, clock, 10);
        // the process dies before its dispatcher ran: nothing sent
      }
      try (JpaStore second = JpaStore.open(settings)) {
        gateway.killAfter = 3;
        assertThatThrownBy(() -> dispatcher(second, gateway, clock, "server-a").dispatchDue())
            .isInstanceOf(ProcessKilled.class);
        // killed after the gateway took the third, before it was recorded
      }
      clock.advance(POLICY.lease()); // into 2027
      try (JpaStore third = JpaStore.open(settings)) {
        gateway.killAfter = Integer.MAX_VALUE;
        JpaNoticeQueue queue = new JpaNoticeQueue(third);
        assertThat(queue.find(ids.get(2)).orElseThrow().state()).isEqualTo(NoticeState.SENDING);
        List<NoticeDispatcher.Report> reports =
            dispatcher(third, gateway, clock, "server-b").dispatchAllDue(10);

        assertThat(reports.stream().mapToInt(r -> r.failed().size() + r.retried().size()).sum())
            .isZero();
        assertThat(ids)
            .allSatisfy(
                id -> assertThat(queue.find(id).orElseThrow().state()).isEqualTo(NoticeState.SENT));
        assertThat(gateway.delivered).containsOnlyKeys(ids);
        assertThat(gateway.repeats).hasValue(1); // the third, asked again with its key
        assertThat(queue.find(ids.get(2)).orElseThrow().attempts()).isEqualTo(2);
        assertThat(queue.find(ids.get(2)).orElseThrow().messageId())
            .contains(gateway.delivered.get(ids.get(2)));
      }
    } finally {
      TestStores.dispose(settings);
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("dispatchers of several server instances at once never send one notice twice")
  void concurrent_dispatchers_send_each_notice_once(TestStores database) throws Exception {
    JpaSettings settings = database.settingsFor(JpaNoticeDispatchRestartTest.class);
    MutableClock clock = MutableClock.at("2026-12-31T23:59:00");
    Gateway gateway = new Gateway();
    // H2 in file mode is one process's database: its instances share the store; PostgreSQL gets
    // one store (pool, entity manager factory) per instance, as separate servers would
    boolean separate = database == TestStores.POSTGRES;
    List<JpaStore> stores = new ArrayList<>();
    try {
      stores.add(JpaStore.open(settings));
      for (int i = 1; i < 3; i++) {
        stores.add(separate ? JpaStore.open(settings) : stores.getFirst());
      }
      List<NoticeId> ids = commit(stores.getFirst(), clock, 30);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          NoticeDispatcher d = dispatcher(stores.get(i), gateway, clock, "server-" + i);
          done.add(
              pool.submit(
                  () -> {
                    start.await();
                    d.dispatchAllDue(100);
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
      assertThat(gateway.delivered).containsOnlyKeys(ids);
      assertThat(gateway.repeats).hasValue(0);
      assertThat(gateway.handOvers).hasValue(30);
      assertThat(new JpaNoticeQueue(stores.getFirst()).countByState())
          .isEqualTo(Map.of(NoticeState.SENT, 30L));
    } finally {
      stores.stream().distinct().forEach(JpaStore::close);
      TestStores.dispose(settings);
    }
  }
}
