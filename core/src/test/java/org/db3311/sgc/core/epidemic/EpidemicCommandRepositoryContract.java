package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EpidemicCommandRepository} adapter must do: keep the mode and its switches, and
 * refuse a switch saved from a stale version (two operators switching at once).
 */
public abstract class EpidemicCommandRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final Actor STAFF = Actor.of("s-30", "防控专员");

  protected abstract EpidemicCommandRepository newRepository();

  private static ModeSwitch toWartime() {
    return new ModeSwitch(EpidemicMode.PEACETIME, EpidemicMode.WARTIME, T0, STAFF, "战时");
  }

  @Test
  void nothing_is_stored_before_the_first_switch() {
    assertThat(newRepository().find()).isEmpty();
  }

  @Test
  void the_mode_and_its_switches_read_back() {
    EpidemicCommandRepository repo = newRepository();
    EpidemicCommand c = EpidemicCommand.inPeacetime();
    c.switchTo(toWartime());
    repo.save(c);
    EpidemicCommand back = repo.find().orElseThrow();
    assertThat(back.mode()).isEqualTo(EpidemicMode.WARTIME);
    assertThat(back.snapshot()).isEqualTo(c.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
  }

  @Test
  void a_stale_switch_fails() {
    EpidemicCommandRepository repo = newRepository();
    EpidemicCommand first = EpidemicCommand.inPeacetime();
    EpidemicCommand second = EpidemicCommand.inPeacetime();
    first.switchTo(toWartime());
    repo.save(first);
    second.switchTo(toWartime());
    assertThatThrownBy(() -> repo.save(second)).isInstanceOf(OptimisticLockException.class);
  }
}
