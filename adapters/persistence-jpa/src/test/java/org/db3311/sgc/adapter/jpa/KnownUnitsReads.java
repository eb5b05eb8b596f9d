package org.db3311.sgc.adapter.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.supervision.SupervisionService;

/**
 * A benchmark harness, not a test: what the web console's unit list (KnownUnits) costs on
 * PostgreSQL, read as before through the supervision overview ({@code current()}, whose applicant
 * clocks read every file awaiting a supplement) and as now through {@code unitsWithFiles()} (the
 * counts alone), alternately in one run over the same files. Arguments: files, of them awaiting a
 * supplement, rounds.
 */
public final class KnownUnitsReads {

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int awaiting = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    // a schema of its own, dropped afterwards
    JpaSettings settings = TestStores.POSTGRES.settingsFor(KnownUnitsReads.class);
    try (JpaStore store = JpaStore.open(settings)) {
      JpaSupervisionFileRepository repository = new JpaSupervisionFileRepository(store);
      Instant at = Instant.parse("2026-03-02T01:00:00Z");
      var rules = DeadlinePolicy.defaults().rulesFor("dispute.labour");
      for (int i = 0; i < files; i++) {
        UnitId unit = UnitId.of("unit-" + (i % 40));
        repository.save(
            i < awaiting
                ? SupervisionFile.openAwaitingSupplement(
                    "S-" + i, "事项 " + i, "dispute.labour", unit, rules, Actor.SYSTEM, at)
                : SupervisionFile.open(
                    "S-" + i,
                    "事项 " + i,
                    "dispute.labour",
                    unit,
                    Set.of(UnitId.of("part-" + (i % 7))),
                    rules,
                    Actor.SYSTEM,
                    at,
                    LocalDate.of(2026, 3, 2)));
      }
      Clock clock = Clock.fixed(Instant.parse("2026-03-03T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
      SupervisionService supervision =
          new SupervisionService(
              repository,
              new HolidayTableCalendar(),
              new InMemoryNotifier(clock),
              new InMemoryDomainEventPublisher(),
              new InMemoryAuditTrail(),
              clock);
      Supplier<List<UnitId>> overview = () -> List.copyOf(supervision.current().byUnit().keySet());
      Supplier<List<UnitId>> counts = supervision::unitsWithFiles;
      if (!overview.get().equals(counts.get())) {
        throw new IllegalStateException("the two reads name different units");
      }
      for (int i = 0; i < 5; i++) {
        overview.get();
        counts.get();
      }
      long[] a = new long[rounds];
      long[] b = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        a[r] = time(overview);
        b[r] = time(counts);
      }
      double ma = median(a);
      double mb = median(b);
      System.out.printf(
          "%,d files (%,d awaiting a supplement), %d units, %d rounds alternately%n",
          files, awaiting, counts.get().size(), rounds);
      System.out.printf("current().byUnit() : median %.2f ms%n", ma / 1e6);
      System.out.printf("unitsWithFiles()   : median %.2f ms%n", mb / 1e6);
      System.out.printf("ratio              : %.1f ×%n", ma / mb);
    } finally {
      TestStores.dispose(settings);
    }
  }

  private static long time(Supplier<List<UnitId>> read) {
    long t0 = System.nanoTime();
    if (read.get().isEmpty()) {
      throw new IllegalStateException("no units");
    }
    return System.nanoTime() - t0;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }

  private KnownUnitsReads() {}
}
