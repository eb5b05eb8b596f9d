package org.db3311.sgc.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.facts.MatterId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WarningRepository} adapter must do: read back everything, find the one open
 * warning about a subject, and refuse a stale save.
 */
public abstract class WarningRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final UnitId DESK = UnitId.of("center.risk");
  private static long seq = System.nanoTime() % 100_000;

  protected abstract WarningRepository newRepository();

  private static Warning warning(String person) {
    RiskAssessment a =
        new RiskAssessment(
            new WarningSubject(WarningSubject.Kind.PERSON, person),
            WarningLevel.BLUE,
            List.of(new Reason("r", "6.5.2", WarningLevel.BLUE, "test", Map.of())),
            new TreeSet<>(Set.of(MatterId.of("P-" + person))));
    return new Warning(WarningId.of("YJ-2026-" + (++seq)), a, DESK, T0);
  }

  @Test
  void a_saved_warning_reads_back_with_everything_it_holds() {
    WarningRepository repo = newRepository();
    Warning w = warning("zhang" + seq);
    w.publish(Actor.SYSTEM, T0);
    repo.save(w);
    assertThat(w.version()).isEqualTo(new Version(1));
    Warning back = repo.find(w.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(w.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
    assertThat(repo.all()).extracting(Warning::id).contains(w.id());
    assertThat(repo.ids()).as("each warning can be read on its own by a view").contains(w.id());
  }

  @Test
  void only_an_open_warning_is_found_about_its_subject() {
    WarningRepository repo = newRepository();
    String person = "li" + System.nanoTime();
    Warning dismissed = warning(person);
    dismissed.dismiss(Actor.SYSTEM, T0, "误报");
    repo.save(dismissed);
    assertThat(repo.openAbout(dismissed.subject())).isEmpty();
    Warning open = warning(person);
    repo.save(open);
    assertThat(repo.openAbout(open.subject())).map(Warning::id).contains(open.id());
  }

  @Test
  void a_stale_save_fails() {
    WarningRepository repo = newRepository();
    Warning w = warning("wang" + seq);
    repo.save(w);
    Warning a = repo.find(w.id()).orElseThrow();
    Warning b = repo.find(w.id()).orElseThrow();
    a.publish(Actor.SYSTEM, T0);
    repo.save(a);
    b.dismiss(Actor.SYSTEM, T0, "误报");
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void a_read_is_a_copy_not_the_stored_warning() {
    WarningRepository repo = newRepository();
    Warning w = warning("zhao" + seq);
    repo.save(w);
    repo.find(w.id()).orElseThrow().publish(Actor.SYSTEM, T0);
    assertThat(repo.find(w.id()).orElseThrow().state()).isEqualTo(Warning.State.RAISED);
  }
}
