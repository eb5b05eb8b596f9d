package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MatterTraceRepository} adapter must do: keep one trace per matter, the latest
 * saved, and read it back whole — the casework snapshots it tracks, the instants and the sealed
 * files — so the projection goes on after a restart where it stopped.
 */
public abstract class MatterTraceRepositoryContract {

  /** 2026-12-31 23:50 in Asia/Shanghai: the trace crosses into the new year. */
  private static final Instant T0 = Instant.parse("2026-12-31T15:50:00Z");

  private static long seq = System.nanoTime() % 100_000;

  protected abstract MatterTraceRepository newRepository();

  private static RegistrationNumber nextNumber() {
    return new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 12, 31), ++seq);
  }

  /** The trace after the matter's registration, as the projection builds it. */
  private static MatterTrace registered(RegistrationNumber n) {
    Matter m =
        Matter.register(
            n,
            IntakeFixtures.windowRegistration(
                IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
            CategoryTaxonomy.defaults().get("dispute.labour"),
            List.of(),
            IntakeFixtures.CLERK,
            T0);
    MatterEvent e = (MatterEvent) m.pullEvents().getFirst();
    return MatterTrace.empty(n).apply(e).orElseThrow();
  }

  @Test
  void a_saved_trace_reads_back_whole() {
    MatterTraceRepository repo = newRepository();
    RegistrationNumber n = nextNumber();
    MatterTrace t = registered(n).sealed("EF-" + n + "-1");
    repo.save(t);
    MatterTrace back = repo.find(n).orElseThrow();
    assertThat(back).isEqualTo(t);
    assertThat(back.matterSnapshot()).isPresent();
    assertThat(back.sealedFiles()).containsExactly("EF-" + n + "-1");
  }

  @Test
  void a_later_save_replaces_the_trace_and_keeps_one_per_matter() {
    MatterTraceRepository repo = newRepository();
    RegistrationNumber n = nextNumber();
    MatterTrace first = registered(n);
    repo.save(first);
    MatterTrace later =
        new MatterTrace(
            n,
            first.intake(),
            Optional.of(T0.plusSeconds(1200)), // accepted on 1 January
            Optional.empty(),
            first.supervision(),
            first.mediations(),
            first.event(),
            first.followUps(),
            first.sealedFiles());
    repo.save(later);
    assertThat(repo.find(n)).contains(later);
    assertThat(repo.all()).filteredOn(t -> t.matter().equals(n)).containsExactly(later);
  }

  @Test
  void every_matter_is_listed_and_an_unknown_one_finds_nothing() {
    MatterTraceRepository repo = newRepository();
    RegistrationNumber a = nextNumber();
    RegistrationNumber b = nextNumber();
    repo.save(MatterTrace.empty(a));
    repo.save(registered(b));
    assertThat(repo.all()).extracting(MatterTrace::matter).contains(a, b);
    assertThat(repo.find(nextNumber())).isEmpty();
  }
}
