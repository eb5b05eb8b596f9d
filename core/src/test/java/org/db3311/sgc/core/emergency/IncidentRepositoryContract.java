package org.db3311.sgc.core.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

/** What every {@link IncidentRepository} adapter must do, the optimistic lock included. */
public abstract class IncidentRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
  private static final Actor DUTY = Actor.of("s-9", "值班长");
  private static final ResponsePlan PLAN =
      new ResponsePlan("P-GEN", "一般突发事件处置预案", EnumSet.of(IncidentGrade.III, IncidentGrade.IV));
  private static long seq = System.nanoTime() % 100_000;

  protected abstract IncidentRepository newRepository();

  private static Incident incident() {
    return new Incident(
        IncidentId.of("EM-2026-" + (++seq)),
        new Discovery(Discovery.Channel.OFFLINE_REPORT, "TEL-" + seq, "仓库起火", T0, DUTY));
  }

  private static Incident responding() {
    Incident i = incident();
    ImpactAssessment impact = new ImpactAssessment(0, 1, 20, false);
    i.grade(new Incident.Grading(IncidentGrade.IV, IncidentGrade.IV, impact, "", DUTY, T0));
    i.activatePlan(PLAN, "县应急指挥部", DUTY, T0);
    i.issueOrder("O1", UnitId.of("county.fire"), "灭火", true, DUTY, T0);
    return i;
  }

  @Test
  void a_saved_incident_reads_back_with_everything_it_holds() {
    IncidentRepository repo = newRepository();
    Incident i = responding();
    repo.save(i);
    assertThat(i.version()).isEqualTo(new Version(1));
    Incident back = repo.find(i.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(i.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
    assertThat(repo.all()).extracting(Incident::id).contains(i.id());
    assertThat(repo.ids()).as("each incident can be read on its own by a sweep").contains(i.id());
  }

  @Test
  void a_read_is_a_copy_not_the_stored_incident() {
    IncidentRepository repo = newRepository();
    Incident i = responding();
    repo.save(i);
    repo.find(i.id()).orElseThrow().arrivedOnSite("O1", DUTY, T0);
    assertThat(repo.find(i.id()).orElseThrow().orders().getFirst().arrivedAt()).isEmpty();
  }

  @Test
  void a_stale_save_fails() {
    IncidentRepository repo = newRepository();
    Incident i = responding();
    repo.save(i);
    Incident a = repo.find(i.id()).orElseThrow();
    Incident b = repo.find(i.id()).orElseThrow();
    a.arrivedOnSite("O1", DUTY, T0);
    repo.save(a);
    b.arrivedOnSite("O1", DUTY, T0.plusSeconds(5));
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void an_unknown_id_finds_nothing() {
    assertThat(newRepository().find(IncidentId.of("EM-1900-0001"))).isEmpty();
  }
}
