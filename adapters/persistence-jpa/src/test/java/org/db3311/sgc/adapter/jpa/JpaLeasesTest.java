package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Leases on scheduled jobs, on H2 and PostgreSQL: one holder at a time, lapsing when not renewed.
 */
class JpaLeasesTest {

  private static StoreFixture h2;
  private static StoreFixture pg;

  @BeforeAll
  static void open() {
    h2 = new StoreFixture(TestStores.H2, JpaLeasesTest.class);
    pg = new StoreFixture(TestStores.POSTGRES, JpaLeasesTest.class);
  }

  @AfterAll
  static void close() {
    h2.close();
    pg.close();
  }

  enum Db {
    H2,
    POSTGRES
  }

  private static JpaLeases leases(Db db) {
    StoreFixture f = db == Db.H2 ? h2 : pg;
    f.clear("scheduler_lease");
    return new JpaLeases(f.store);
  }

  static final Instant T0 = Instant.parse("2026-12-31T15:59:00Z");

  @ParameterizedTest
  @EnumSource(Db.class)
  void one_holder_at_a_time_renewed_by_its_holder_and_lapsing_after_its_time(Db db) {
    JpaLeases leases = leases(db);
    Duration ttl = Duration.ofMinutes(5);
    assertThat(leases.tryAcquire("sweep", "instance-a", ttl, T0)).isTrue();
    assertThat(leases.tryAcquire("sweep", "instance-b", ttl, T0.plusSeconds(60))).isFalse();
    assertThat(leases.tryAcquire("sweep", "instance-a", ttl, T0.plusSeconds(240))).isTrue();
    // renewed at T0+4 min until T0+9 min: b still waits at T0+8 min (across the year's end)
    assertThat(leases.tryAcquire("sweep", "instance-b", ttl, T0.plusSeconds(480))).isFalse();
    assertThat(leases.tryAcquire("sweep", "instance-b", ttl, T0.plusSeconds(600))).isTrue();
    assertThat(leases.tryAcquire("sweep", "instance-a", ttl, T0.plusSeconds(601))).isFalse();
    assertThat(leases.tryAcquire("other-job", "instance-a", ttl, T0.plusSeconds(601))).isTrue();
    leases.release("sweep", "instance-b");
    assertThat(leases.tryAcquire("sweep", "instance-a", ttl, T0.plusSeconds(602))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void of_many_instances_racing_for_a_free_lease_exactly_one_wins(Db db) throws Exception {
    JpaLeases leases = leases(db);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String holder = "instance-" + i;
        racers.add(() -> leases.tryAcquire("daily", holder, Duration.ofMinutes(1), T0));
      }
      int winners = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void a_lease_names_its_job_and_holder_and_lasts_some_time(Db db) {
    JpaLeases leases = leases(db);
    assertThatThrownBy(() -> leases.tryAcquire(" ", "a", Duration.ofMinutes(1), T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> leases.tryAcquire("job", "a", Duration.ZERO, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
