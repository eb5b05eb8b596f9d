package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many threads, each in a transaction of its own, claiming a place on the same day at the same
 * version: the database lets exactly one through, for the day's first claim (an insert) and for a
 * later one (a conditional update) alike.
 */
abstract class BookingDayRaceContract {

  /** The store the racers share; each racer's claim runs in a transaction of its own. */
  protected abstract JpaStore store();

  @Test
  @Implements("6.2.1.2")
  @DisplayName("of racing claims of a day at one version exactly one wins; every loser is told")
  void one_claim_per_day_and_version() throws Exception {
    JpaReceptionRepository repo = new JpaReceptionRepository(store());
    int racers = 6;
    // across the year boundary: the last days of 2026 and the first of 2027
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      days.add(LocalDate.of(2026, 12, 28).plusDays(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    try {
      for (int round = 0; round < 2; round++) {
        for (LocalDate day : days) {
          Version read = repo.bookingDayVersion(day);
          assertThat(read).isEqualTo(new Version(round));
          AtomicInteger wins = new AtomicInteger();
          AtomicInteger losses = new AtomicInteger();
          CountDownLatch start = new CountDownLatch(1);
          List<Future<?>> runs = new ArrayList<>();
          for (int r = 0; r < racers; r++) {
            runs.add(
                pool.submit(
                    () -> {
                      await(start);
                      try {
                        store().unitOfWork().run(() -> repo.claimBookingDay(day, read));
                        wins.incrementAndGet();
                      } catch (OptimisticLockException e) {
                        losses.incrementAndGet();
                      } catch (Throwable t) {
                        unexpected.add(t);
                      }
                    }));
          }
          start.countDown();
          for (Future<?> f : runs) {
            f.get(60, TimeUnit.SECONDS);
          }
          assertThat(unexpected).isEmpty();
          assertThat(wins.get()).as("winners on %s at %s", day, read).isEqualTo(1);
          assertThat(losses.get()).isEqualTo(racers - 1);
          assertThat(repo.bookingDayVersion(day)).isEqualTo(read.next());
        }
      }
    } finally {
      pool.shutdownNow();
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
