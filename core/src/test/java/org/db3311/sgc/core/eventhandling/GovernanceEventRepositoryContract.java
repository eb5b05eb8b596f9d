package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.Test;

/** What every {@link GovernanceEventRepository} adapter must do. */
public abstract class GovernanceEventRepositoryContract {

  protected abstract GovernanceEventRepository newRepository();

  private static GovernanceEvent event() {
    return GovernanceEvent.receive(
        RegistrationNumber.parse("331121-20261125-" + (1000 + System.nanoTime() % 9000)),
        "护栏损坏",
        "event.safety_hazard",
        Place.of("331121", "温溪镇", "x"),
        Actor.SYSTEM,
        Instant.EPOCH);
  }

  @Test
  void an_event_reads_back_whole() {
    GovernanceEventRepository repo = newRepository();
    GovernanceEvent e = event();
    repo.save(e);
    assertThat(repo.find(e.matter()).orElseThrow().snapshot()).isEqualTo(e.snapshot());
  }

  @Test
  void a_stale_save_fails() {
    GovernanceEventRepository repo = newRepository();
    GovernanceEvent e = event();
    repo.save(e);
    GovernanceEvent a = repo.find(e.matter()).orElseThrow();
    GovernanceEvent b = repo.find(e.matter()).orElseThrow();
    a.reportToCity("c1", Actor.SYSTEM, Instant.EPOCH);
    repo.save(a);
    b.reportToCity("c2", Actor.SYSTEM, Instant.EPOCH);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }
}
