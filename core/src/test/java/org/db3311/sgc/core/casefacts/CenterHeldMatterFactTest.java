package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationService;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.InMemoryPublishedFigureStore;
import org.db3311.sgc.core.evaluation.MetricDefinitions;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.supervisionfeed.SupervisionFeed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * With supervision following the casework from acceptance, a file opens under the center's unit
 * before any unit is assigned. A matter waiting at the center is unassigned in its fact: only a
 * real assignment is one, and only real assignments enter the R8 response rate.
 */
@Implements({"6.4.1.1", "R8"})
@DisplayName("6.4.1.1 a matter waiting at the center is unassigned in its fact")
class CenterHeldMatterFactTest {

  static final UnitId CENTER = UnitId.of("center-intake");
  static final UnitId LABOUR = UnitId.of("county-labour-arbitration");

  final CaseworkRig rig = new CaseworkRig("2026-03-02T09:00");

  CenterHeldMatterFactTest() {
    new SupervisionFeed(rig.supervision, CENTER).subscribeTo(rig.events);
  }

  @Test
  @DisplayName("accepted, at the center through suitability and consent; then routed to a unit")
  void waiting_at_the_center_then_assigned() {
    RegistrationNumber n =
        rig.registerDispute(
            CaseFactProjectionEndToEndTest.WORKER,
            CaseFactProjectionEndToEndTest.FIRM,
            "dispute.labour");
    rig.clock.advance(Duration.ofMinutes(30));
    rig.accept(n);
    assertThat(rig.supervision.isSupervised(n.toString())).as("the feed is wired").isTrue();

    MatterFact accepted = fact(n);
    assertThat(accepted.handlingUnit()).isEmpty();
    assertThat(accepted.assignedAt()).isEmpty();
    assertThat(accepted.responseDueAt()).isEmpty();
    assertThat(accepted.assignments()).isEmpty();
    assertThat(accepted.handlingDueAt())
        .as("the handling period runs from acceptance, at the center too")
        .isPresent();

    MediationCaseId id = rig.consentedMediation(n);
    assertThat(fact(n).handlingUnit()).as("still at the center").isEmpty();
    assertThat(fact(n).assignments()).isEmpty();
    assertThat(sheet().departments()).doesNotContainKey(CENTER);

    rig.clock.set("2026-03-02T10:00");
    rig.route(id);
    MatterFact routed = fact(n);
    assertThat(routed.handlingUnit()).contains(LABOUR);
    assertThat(routed.assignedAt()).contains(rig.clock.instant());
    assertThat(routed.assignments()).extracting(Assignment::unit).containsExactly(LABOUR);
    EvaluationSheet sheet = sheet();
    assertThat(sheet.departments()).doesNotContainKey(CENTER);
    assertThat(sheet.departments().get(LABOUR).get(MetricKind.RESPONSE_RATE))
        .isEqualTo(new Rate(0, 1));
  }

  private EvaluationSheet sheet() {
    return new EvaluationService(
            rig.facts,
            MetricDefinitions.r8Defaults(),
            new InMemoryPublishedFigureStore(),
            rig.clock)
        .sheet(Period.month(YearMonth.of(2026, 3), MutableClock.ZONE));
  }

  private MatterFact fact(RegistrationNumber n) {
    return rig.facts.find(MatterId.of(n.toString())).orElseThrow();
  }
}
