package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.emergency.Discovery;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.epidemic.EpidemicCommand;
import org.db3311.sgc.core.epidemic.EpidemicCommandSnapshot;
import org.db3311.sgc.core.epidemic.EpidemicMode;
import org.db3311.sgc.core.epidemic.ModeSwitch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Racing writers of one analysis aggregate on both databases: of racing saves from the same read
 * exactly one wins, every loser gets core's {@link OptimisticLockException}, and a loser's unit of
 * work (the aggregate and its audit entry) writes nothing.
 */
class AnalysisRaceTest {

  private static final Instant T0 = Instant.parse("2026-12-31T15:59:59Z");
  private static final Actor STAFF = Actor.of("s-30", "防控专员");
  private static final int RACERS = 6;

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("two operators switching the epidemic mode at once: one switch is kept")
  void racing_mode_switches_keep_one(TestStores database) throws Exception {
    try (StoreFixture fixture = new StoreFixture(database, AnalysisRaceTest.class)) {
      JpaEpidemicCommandRepository repo = new JpaEpidemicCommandRepository(fixture.store);
      // switchTo is core's own (package-private): the commands here are rebuilt from snapshots, as
      // a
      // repository rebuilds them
      EpidemicCommand first =
          switched(EpidemicCommand.inPeacetime(), EpidemicMode.WARTIME, T0, "战时");
      repo.save(first);
      Outcome outcome =
          race(
              fixture,
              racer -> {
                EpidemicCommand mine = repo.find().orElseThrow();
                return () -> {
                  EpidemicCommand next =
                      switched(
                          mine, EpidemicMode.PEACETIME, T0.plusSeconds(racer), "racer " + racer);
                  repo.save(next);
                  audit(fixture, EpidemicCommand.ID, "racer " + racer);
                };
              });
      assertThat(outcome.unexpected()).isEmpty();
      assertThat(outcome.wins()).isEqualTo(1);
      assertThat(outcome.losses()).hasSize(RACERS - 1);
      EpidemicCommand stored = repo.find().orElseThrow();
      assertThat(stored.version()).isEqualTo(new Version(2));
      assertThat(stored.mode()).isEqualTo(EpidemicMode.PEACETIME);
      assertThat(stored.switches()).hasSize(2);
      List<AuditEntry> audit = fixture.store.auditTrail().of("EpidemicMode", EpidemicCommand.ID);
      assertThat(audit).hasSize(1);
      assertThat(audit.getFirst().detail()).isEqualTo(stored.switches().getLast().reason());
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("racing first saves of one incident id: one is stored, the others are told")
  void racing_first_saves_keep_one(TestStores database) throws Exception {
    try (StoreFixture fixture = new StoreFixture(database, AnalysisRaceTest.class)) {
      JpaIncidentRepository repo = new JpaIncidentRepository(fixture.store);
      IncidentId id = IncidentId.of("EM-2026-9001");
      Outcome outcome =
          race(
              fixture,
              racer -> {
                Incident mine =
                    new Incident(
                        id,
                        new Discovery(
                            Discovery.Channel.OFFLINE_REPORT,
                            "TEL-" + racer,
                            "racer " + racer,
                            T0,
                            STAFF));
                return () -> {
                  repo.save(mine);
                  audit(fixture, id.value(), "racer " + racer);
                };
              });
      assertThat(outcome.unexpected()).isEmpty();
      assertThat(outcome.wins()).isEqualTo(1);
      assertThat(outcome.losses()).hasSize(RACERS - 1);
      Incident stored = repo.find(id).orElseThrow();
      assertThat(stored.version()).isEqualTo(new Version(1));
      List<AuditEntry> audit = fixture.store.auditTrail().of("Race", id.value());
      assertThat(audit).hasSize(1);
      assertThat(audit.getFirst().detail()).isEqualTo(stored.snapshot().discovery().summary());
    }
  }

  /** The command read at {@code read}'s version, one switch further. */
  private static EpidemicCommand switched(
      EpidemicCommand read, EpidemicMode to, Instant at, String reason) {
    List<ModeSwitch> switches = new ArrayList<>(read.switches());
    switches.add(new ModeSwitch(read.mode(), to, at, STAFF, reason));
    return EpidemicCommand.fromSnapshot(new EpidemicCommandSnapshot(to, switches), read.version());
  }

  private static void audit(StoreFixture fixture, String id, String detail) {
    fixture
        .store
        .auditTrail()
        .append(
            new AuditEntry(
                T0,
                STAFF,
                id.startsWith("EM-") ? "Race" : "EpidemicMode",
                id,
                "SAVE",
                "A",
                "B",
                detail));
  }

  private record Outcome(
      int wins, List<OptimisticLockException> losses, List<Throwable> unexpected) {}

  /**
   * Runs one unit of work per racer, all started together once every racer has read what it
   * changes; {@code prepare} reads (before the start) and returns the work.
   */
  private static Outcome race(StoreFixture fixture, IntFunction<Runnable> prepare)
      throws Exception {
    AtomicInteger wins = new AtomicInteger();
    ConcurrentLinkedQueue<OptimisticLockException> losses = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    CountDownLatch read = new CountDownLatch(RACERS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int r = 0; r < RACERS; r++) {
        int racer = r;
        runs.add(
            pool.submit(
                () -> {
                  Runnable work = prepare.apply(racer);
                  read.countDown();
                  await(start);
                  try {
                    fixture.store.unitOfWork().run(work);
                    wins.incrementAndGet();
                  } catch (OptimisticLockException e) {
                    losses.add(e);
                  } catch (Throwable t) {
                    unexpected.add(t);
                  }
                }));
      }
      await(read);
      start.countDown();
      for (Future<?> f : runs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(wins.get(), List.copyOf(losses), List.copyOf(unexpected));
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
