package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.Duration;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Mediation's client mistakes at their edges: refused as named mistakes, nothing written. */
@DisplayName("6.2.1.1 矛盾纠纷调解 — mediation's refusals at their edges")
class MediationEdgesTest {

  final MediationFixtures f = new MediationFixtures();

  Version version(MediationCaseId id) {
    return f.cases.find(id).orElseThrow().version();
  }

  @Test
  @Implements("6.2.1.1.1")
  @DisplayName(
      "6.2.1.1.1 各方当事人愿意调解: consent is recorded for the first and the last party, and a party"
          + " number outside the case is refused naming the parties, nothing written")
  void consent_for_a_party_outside_the_case_is_refused() {
    MediationCaseId id = f.openDispute("dispute.labour");
    f.mediation.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚", MEDIATOR));
    Version before = version(id);

    assertThatThrownBy(
            () ->
                f.mediation.recordConsent(
                    new RecordConsentUseCase.Command(id, -1, true, true, MEDIATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no party -1");
    assertThatThrownBy(
            () ->
                f.mediation.recordConsent(
                    new RecordConsentUseCase.Command(id, 2, true, true, MEDIATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no party 2");
    assertThat(version(id)).isEqualTo(before);

    f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, MEDIATOR));
    f.mediation.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, MEDIATOR));
    assertThat(f.mediation.mediation(id).state()).isEqualTo(MediationState.CONSENTED);
  }

  @Test
  @Implements("6.2.1.1.2")
  @DisplayName("6.2.1.1.2: an online session is not booked by a party; the offline one is")
  void online_sessions_are_not_booked_by_a_party() {
    MediationCaseId id = f.consented("dispute.neighbour");
    f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));

    assertThatThrownBy(
            () ->
                f.mediation.schedule(
                    new ScheduleSessionUseCase.Command(
                        id,
                        ScheduleSessionUseCase.Mode.ONLINE,
                        f.in.clock.instant().plus(Duration.ofDays(1)),
                        Optional.of("张三"),
                        MEDIATOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online");
    assertThat(f.mediation.mediation(id).sessions()).isEmpty();
    assertThat(f.rooms.opened()).isEmpty();
  }
}
