package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.db3311.sgc.core.common.ProcessedEvents;

/** What the JPA adapter promises beyond the core's contract, on either database. */
final class ProcessedEventsChecks {

  private ProcessedEventsChecks() {}

  static void check(StoreFixture fixture, Supplier<ProcessedEvents> fresh) {
    fresh.get(); // empties the table

    // durable: another store on the same database (a restarted server) knows the id
    new JpaProcessedEvents(fixture.store, Clock.systemUTC()).record("inbox@Matter/a/1");
    try (JpaStore restarted = JpaStore.open(fixture.settings)) {
      assertThat(new JpaProcessedEvents(restarted, Clock.systemUTC()).contains("inbox@Matter/a/1"))
          .isTrue();
    }

    // atomic with the unit of the effect: a failed effect leaves the event unrecorded
    JpaProcessedEvents processed = new JpaProcessedEvents(fixture.store, Clock.systemUTC());
    assertThatThrownBy(
            () ->
                fixture
                    .store
                    .unitOfWork()
                    .run(
                        () -> {
                          processed.record("inbox@Matter/a/2");
                          assertThat(processed.contains("inbox@Matter/a/2")).isTrue();
                          throw new IllegalStateException("the effect failed");
                        }))
        .hasMessage("the effect failed");
    assertThat(processed.contains("inbox@Matter/a/2")).isFalse();

    // retention across the year boundary: what was recorded before the cutoff is forgotten
    JpaProcessedEvents december =
        new JpaProcessedEvents(
            fixture.store, Clock.fixed(Instant.parse("2026-12-31T15:59:59Z"), ZoneOffset.UTC));
    JpaProcessedEvents january =
        new JpaProcessedEvents(
            fixture.store, Clock.fixed(Instant.parse("2026-12-31T16:00:00Z"), ZoneOffset.UTC));
    december.record("inbox@Matter/b/1");
    january.record("inbox@Matter/b/2");
    assertThat(december.forgetRecordedBefore(Instant.parse("2026-12-31T16:00:00Z")))
        .isGreaterThanOrEqualTo(1);
    assertThat(processed.contains("inbox@Matter/b/1")).isFalse();
    assertThat(processed.contains("inbox@Matter/b/2")).isTrue();

    assertThatThrownBy(() -> processed.record(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(processed.contains(" ")).isFalse();
  }
}
