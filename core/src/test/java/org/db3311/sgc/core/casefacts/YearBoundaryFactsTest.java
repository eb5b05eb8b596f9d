package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The facts behind the reports, for a matter whose handling deadline reaches into 2027. */
@Implements("R10")
class YearBoundaryFactsTest {

  private final CaseworkRig rig = new CaseworkRig("2026-12-03T09:00");

  @Test
  @DisplayName(
      "R10: a dispute routed in December 2026 is projected with its 2027 handling deadline")
  void facts_across_the_year_boundary() {
    RegistrationNumber n =
        rig.registerDispute(
            CaseFactProjectionEndToEndTest.WORKER,
            CaseFactProjectionEndToEndTest.FIRM,
            "dispute.neighbour");
    rig.accept(n);
    MediationCaseId id = rig.consentedMediation(n);
    rig.route(id);

    assertThat(rig.projectionFailures).isEmpty();
    MatterFact fact = rig.facts.find(MatterId.of(n.toString())).orElseThrow();
    // one month from 3 December 2026: Monday 4 January 2027, on the provisional 2027
    assertThat(fact.handlingDueAt())
        .map(at -> LocalDate.ofInstant(at, MutableClock.ZONE))
        .contains(LocalDate.of(2027, 1, 4));
    assertThat(rig.calendar.isProvisional(LocalDate.of(2027, 1, 4))).isTrue();
  }
}
