package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The command screen kept per county and language for the configured time, then scanned again. */
@DisplayName("Command screen cache: refreshes within the TTL scan once, expiry rescans")
class CommandScreenCacheTest {

  static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");
  static final CommandScreenCache.Key LIANDU = new CommandScreenCache.Key("331102", "zh-CN");

  final AtomicReference<Instant> now = new AtomicReference<>(T0);
  final AtomicInteger scans = new AtomicInteger();

  /** A scan that counts itself and stamps its screen with its number. */
  Supplier<LeaderViews.Screen> scan(String county) {
    return () ->
        new LeaderViews.Screen(
            county,
            "scan " + scans.incrementAndGet(),
            null,
            null,
            null,
            null,
            List.of(),
            List.of());
  }

  CommandScreenCache cache(String ttl) {
    return new CommandScreenCache(CommandScreenCache.parse(ttl), now::get);
  }

  @Test
  @DisplayName("two refreshes within the TTL scan once; one at the TTL scans again")
  void within_the_ttl_one_scan_then_expiry_rescans() {
    CommandScreenCache c = cache("PT30S");
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 1");
    now.set(T0.plusSeconds(29));
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 1");
    assertThat(scans).hasValue(1);

    now.set(T0.plusSeconds(30));
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 2");
    now.set(T0.plusSeconds(45));
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 2");
    assertThat(scans).hasValue(2);
  }

  @Test
  @DisplayName("each county and each language is kept apart")
  void counties_and_languages_apart() {
    CommandScreenCache c = cache("PT30S");
    c.screen(LIANDU, scan("331102"));
    LeaderViews.Screen qingtian =
        c.screen(new CommandScreenCache.Key("331121", "zh-CN"), scan("331121"));
    LeaderViews.Screen english =
        c.screen(new CommandScreenCache.Key("331102", "en"), scan("331102"));
    assertThat(qingtian.county()).isEqualTo("331121");
    assertThat(english.at()).isEqualTo("scan 3");
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 1");
    assertThat(scans).hasValue(3);
  }

  @Test
  @DisplayName("PT0S keeps nothing: every refresh scans")
  void zero_disables() {
    CommandScreenCache c = cache("PT0S");
    c.screen(LIANDU, scan("331102"));
    c.screen(LIANDU, scan("331102"));
    assertThat(scans).hasValue(2);
  }

  @Test
  @DisplayName("a screen with a failing part is not kept: the next refresh tries again")
  void a_failing_part_is_not_kept() {
    CommandScreenCache c = cache("PT30S");
    Supplier<LeaderViews.Screen> failing =
        () ->
            new LeaderViews.Screen(
                "331102",
                "scan " + scans.incrementAndGet(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new LeaderViews.Failure("incidents", "INC-1", "unreadable")));
    c.screen(LIANDU, failing);
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 2");
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 2");
  }

  @Test
  @DisplayName("a clock set back counts as expired")
  void a_clock_set_back_rescans() {
    CommandScreenCache c = cache("PT30S");
    c.screen(LIANDU, scan("331102"));
    now.set(T0.minusSeconds(5));
    assertThat(c.screen(LIANDU, scan("331102")).at()).isEqualTo("scan 2");
  }

  @Test
  @DisplayName("refreshes of one county arriving together wait for one scan")
  void concurrent_refreshes_scan_once() throws Exception {
    CommandScreenCache c = cache("PT30S");
    CountDownLatch inScan = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<LeaderViews.Screen> slow =
        () -> {
          inScan.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return scan("331102").get();
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<LeaderViews.Screen> first = pool.submit(() -> c.screen(LIANDU, slow));
      inScan.await();
      Future<LeaderViews.Screen> second = pool.submit(() -> c.screen(LIANDU, slow));
      release.countDown();
      assertThat(first.get().at()).isEqualTo("scan 1");
      assertThat(second.get().at()).isEqualTo("scan 1");
      assertThat(scans).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("the TTL is an ISO-8601 duration, zero or more; a bad one names the property")
  void the_ttl_is_read_and_checked() {
    assertThat(CommandScreenCache.parse(" PT1M ")).isEqualTo(Duration.ofMinutes(1));
    assertThat(CommandScreenCache.parse("PT0S")).isZero();
    for (String bad : new String[] {"30", "-PT5S", "soon", null}) {
      assertThatThrownBy(() -> CommandScreenCache.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(CommandScreenCache.PROPERTY);
    }
  }
}
