package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryOutbox;
import org.db3311.sgc.core.common.InMemoryProcessedEvents;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.InProcessOutboxRelay;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded default relays the casework's outbox in process")
class InProcessRelayScenarioTest {

  /** New Year's Eve in Qingtian, a minute before midnight: registrations cross the year. */
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-12-31T15:59:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void matters_registered_and_accepted_reach_the_subscriber_once_each_in_order_per_matter() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    InMemoryOutbox outbox = new InMemoryOutbox();
    GovernanceCenter center =
        GovernanceCenter.builder(DivisionCode.of("331121"), clock)
            .unitOfWork(unitOfWork)
            .outbox(outbox)
            .build();
    InProcessOutboxRelay relay =
        new InProcessOutboxRelay(
            outbox,
            unitOfWork,
            new InMemoryProcessedEvents(),
            "process-1",
            clock,
            Duration.ofMinutes(5));
    List<IntegrationEvent> archived = new ArrayList<>();
    relay.subscribe("archive", archived::add);

    List<RegistrationNumber> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Registration r =
          Registration.atWindow(
              List.of(
                  MatterParty.applicant(Party.Citizen.of("申请人" + i, null, "1390000000" + i)),
                  MatterParty.respondent(IntakeFixtures.FIRM)),
              "dispute.labour",
              IntakeFixtures.place("鹤城街道"),
              "拖欠工资三个月",
              IntakeFixtures.ALL_MATERIALS);
      RegistrationNumber n =
          center
              .intake()
              .register(new RegisterMatterUseCase.Command(r, IntakeFixtures.CLERK))
              .number();
      numbers.add(n);
      assertThat(relay.relay(2).failed()).isEmpty();
      center
          .intake()
          .decide(
              new DecideIntakeUseCase.Command(
                  n, DecideIntakeUseCase.Verdict.Review.clean(), IntakeFixtures.CLERK));
    }
    assertThat(relay.drain(2).failed()).isEmpty();
    assertThat(relay.drain(2).items()).isEmpty();

    assertThat(archived).containsExactlyElementsOf(outbox.all());
    assertThat(archived).doesNotHaveDuplicates();
    Map<String, List<Long>> sequences = new LinkedHashMap<>();
    for (IntegrationEvent e : archived) {
      sequences
          .computeIfAbsent(e.aggregateType() + "/" + e.aggregateId(), k -> new ArrayList<>())
          .add(e.sequence());
    }
    for (RegistrationNumber n : numbers) {
      assertThat(sequences.get("Matter/" + n)).hasSizeGreaterThan(1).isSorted();
    }
    assertThat(sequences.values()).allSatisfy(s -> assertThat(s).isSorted());
    assertThat(outbox.unpublished(100)).isEmpty();
  }
}
