package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Many threads racing to change the same matters on PostgreSQL. */
class PostgresConcurrencyTest {

  private static final Instant T0 = Instant.parse("2026-12-31T02:00:00Z");
  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresConcurrencyTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  @DisplayName("of racing transitions of one matter exactly one wins; every loser is told why")
  void one_winner_per_race_no_lost_update_no_half_write() throws Exception {
    JpaMatterRepository repo = new JpaMatterRepository(fixture.store);
    var audit = fixture.store.auditTrail();
    int matters = 20;
    int racers = 6;
    List<RegistrationNumber> numbers = new ArrayList<>();
    for (int i = 1; i <= matters; i++) {
      Matter m =
          StoredMatters.labourDispute(
              new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 12, 31), i), T0);
      repo.save(m);
      numbers.add(m.number());
    }
    AtomicInteger wins = new AtomicInteger();
    ConcurrentLinkedQueue<String> losses = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      for (RegistrationNumber n : numbers) {
        CountDownLatch start = new CountDownLatch(1);
        // every racer has read the matter before any may write: else a late reader sees the
        // winner's state, not a stale version
        CountDownLatch read = new CountDownLatch(racers);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (int r = 0; r < racers; r++) {
          int racer = r;
          runs.add(
              pool.submit(
                  () -> {
                    Matter mine = repo.find(n).orElseThrow();
                    read.countDown();
                    await(start);
                    try {
                      fixture
                          .store
                          .unitOfWork()
                          .run(
                              () -> {
                                mine.withdraw("racer " + racer, IntakeFixtures.CLERK, T0);
                                repo.save(mine);
                                audit.append(
                                    new org.db3311.sgc.core.common.AuditEntry(
                                        T0,
                                        IntakeFixtures.CLERK,
                                        "Matter",
                                        n.toString(),
                                        "WITHDRAW",
                                        "REGISTERED",
                                        "WITHDRAWN",
                                        "racer " + racer));
                              });
                      wins.incrementAndGet();
                    } catch (OptimisticLockException e) {
                      losses.add(e.getMessage());
                    } catch (Throwable t) {
                      unexpected.add(t);
                    }
                  }));
        }
        await(read);
        start.countDown();
        for (var f : runs) {
          f.get(60, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(unexpected).isEmpty();
    assertThat(wins.get()).isEqualTo(matters);
    assertThat(losses).hasSize(matters * (racers - 1));
    assertThat(losses)
        .allSatisfy(m -> assertThat(m).contains("version 1").contains("stored version is 2"));
    for (RegistrationNumber n : numbers) {
      Matter stored = repo.find(n).orElseThrow();
      assertThat(stored.state()).isEqualTo(MatterState.WITHDRAWN);
      assertThat(stored.version()).isEqualTo(new Version(2));
      // the winner's audit entry only: a loser's unit wrote nothing
      assertThat(audit.of("Matter", n.toString())).hasSize(1);
      assertThat(audit.of("Matter", n.toString()).getFirst().detail())
          .isEqualTo(stored.snapshot().withdrawalReason().orElseThrow());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
