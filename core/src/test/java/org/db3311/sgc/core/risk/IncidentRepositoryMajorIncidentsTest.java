package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.emergency.Discovery;
import org.db3311.sgc.core.emergency.EmergencyService;
import org.db3311.sgc.core.emergency.GradingPolicy;
import org.db3311.sgc.core.emergency.ImpactAssessment;
import org.db3311.sgc.core.emergency.InMemoryEmergencyHeadquarters;
import org.db3311.sgc.core.emergency.InMemoryIncidentRepository;
import org.db3311.sgc.core.emergency.IncidentGrade;
import org.db3311.sgc.core.emergency.IncidentId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.4.1.2")
class IncidentRepositoryMajorIncidentsTest {

  static final Actor DUTY = Actor.of("s-9", "值班长 周");

  @Test
  @DisplayName("grade I and II incidents are major risks; grade III and ungraded ones are not")
  void only_graded_major_incidents() {
    InMemoryIncidentRepository repo = new InMemoryIncidentRepository();
    EmergencyService service =
        new EmergencyService(
            repo,
            new InMemorySequenceGenerator(),
            new InMemoryEmergencyHeadquarters("县应急指挥部", List.of()),
            GradingPolicy.defaults(),
            EmergencyService.defaultCadence(),
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            new MutableClock(Instant.parse("2026-12-31T15:00:00Z")));
    IncidentId two = service.discover(Discovery.Channel.OFFLINE_REPORT, "TEL-1", "山体滑坡", DUTY).id();
    IncidentId three =
        service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-2", "仓库起火", DUTY).id();
    service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-3", "道路塌陷", DUTY);
    service.grade(two, new ImpactAssessment(12, 0, 0, false), IncidentGrade.II, "", DUTY);
    service.grade(three, new ImpactAssessment(3, 0, 0, false), IncidentGrade.III, "", DUTY);

    List<MajorIncidentSource.MajorIncident> major =
        new IncidentRepositoryMajorIncidents(repo).majorIncidents();

    assertThat(major)
        .extracting(MajorIncidentSource.MajorIncident::id)
        .containsExactly(two.value());
    assertThat(major.getFirst().grade()).isEqualTo("II");
    assertThat(major.getFirst().summary()).isEqualTo("山体滑坡");
  }
}
