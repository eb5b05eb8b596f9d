package org.db3311.sgc.core.supervisionfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.DutyRosterFixtures;
import org.db3311.sgc.core.eventhandling.EventAction;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.eventhandling.EventHandlingService;
import org.db3311.sgc.core.eventhandling.GovernanceEventChanged;
import org.db3311.sgc.core.eventhandling.InMemoryCityCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryCountyCenterGateway;
import org.db3311.sgc.core.eventhandling.InMemoryGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.InMemoryResultReporter;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.EscalationPolicy;
import org.db3311.sgc.core.supervision.InMemorySupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionEvent;
import org.db3311.sgc.core.supervision.SupervisionFlag;
import org.db3311.sgc.core.supervision.SupervisionOverview;
import org.db3311.sgc.core.supervision.SupervisionService;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An escalated event for which no duty leader was found goes to the fallback leader; the
 * supervision feed flags its file and the unified view lists it apart, so it is never left unseen.
 * Driven through intake's, event handling's and supervision's real services, with no duty roster
 * planned.
 */
@Implements({"6.3.1.2", "8.2.4"})
@DisplayName("6.3.1.2 an escalated event led by the fallback leader is on the supervision view")
class FallbackLeadOnTheViewTest {

  private static final Actor STAFF = Actor.of("staff-1", "中心工作人员");
  private static final UnitId CENTER = UnitId.of("center-dispatch");
  private static final UnitId WENXI = UnitId.of("wenxi-town");
  private static final UnitId TRANSPORT = UnitId.of("county-transport-bureau");
  private static final SupervisionFlag.Kind FALLBACK = SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER;

  private final IntakeFixtures in = new IntakeFixtures();
  private final InMemoryNotifier notifier = new InMemoryNotifier(in.clock);
  private final SupervisionService supervision =
      new SupervisionService(
          new InMemorySupervisionFileRepository(),
          new HolidayTableCalendar(),
          notifier,
          in.events,
          in.audit,
          in.clock);
  private final EventHandlingService events =
      new EventHandlingService(
          new InMemoryGovernanceEventRepository(),
          in.intake,
          supervision,
          DutyRosterFixtures.none(in.clock),
          new InMemoryCityCenterGateway(),
          new InMemoryCountyCenterGateway(),
          new InMemoryResultReporter(),
          new EventHandlingConfiguration(IntakeFixtures.QINGTIAN, UnitId.of("lishui-city-center")),
          in.events,
          in.audit,
          in.clock);
  private final SupervisionFeed feed = new SupervisionFeed(supervision, CENTER);

  FallbackLeadOnTheViewTest() {
    feed.subscribeTo(in.events);
  }

  private SupervisionOverview view() {
    return supervision.overview(in.clock.instant());
  }

  private RegistrationNumber received() {
    RegistrationNumber n = in.registerComplete("event.public_demand");
    in.review(n);
    events.receive(new ReceiveEventUseCase.Command(n, STAFF));
    return n;
  }

  private static TriageFacts crossDepartment() {
    return new TriageFacts(
        List.of(WENXI, TRANSPORT), Optional.of(TRANSPORT), false, true, false, false);
  }

  @Test
  @DisplayName("flagged on its file and listed in the view, led by the unit answerable for it")
  void listed_in_the_view() {
    RegistrationNumber n = received();
    var outcome = events.triage(new TriageEventUseCase.Command(n, crossDepartment(), STAFF));
    assertThat(outcome).isInstanceOf(TriageEventUseCase.Outcome.LedByFallbackLeader.class);

    assertThat(supervision.file(n.toString()).flags())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FALLBACK);
              assertThat(f.detail()).contains(DutyRosterFixtures.STANDING_FALLBACK.name());
            });
    assertThat(view().flagged(FALLBACK))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.subject()).isEqualTo(n.toString());
              assertThat(x.unit()).isEqualTo(TRANSPORT);
            });
    assertThat(view().leading(TRANSPORT).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
    assertThat(notifier.sentAbout(n.toString()))
        .as("the center's leadership is told")
        .filteredOn(
            x -> x.recipient().unit().equals(Optional.of(EscalationPolicy.defaults().leadership())))
        .singleElement()
        .satisfies(x -> assertThat(x.body()).contains(DutyRosterFixtures.STANDING_FALLBACK.name()));
  }

  @Test
  @DisplayName("listed while open, whatever its state; no longer once completed")
  void listed_until_completed() {
    RegistrationNumber n = received();
    events.triage(new TriageEventUseCase.Command(n, crossDepartment(), STAFF));
    String s = n.toString();
    supervision.record(
        new TrackProgressUseCase.Command(s, new TrackProgressUseCase.Progress.SignFor(), STAFF));
    assertThat(view().flagged(FALLBACK))
        .extracting(SupervisionOverview.Flagged::subject)
        .containsExactly(s);
    in.clock.advance(java.time.Duration.ofHours(1));
    supervision.record(
        new TrackProgressUseCase.Command(
            s, new TrackProgressUseCase.Progress.Conclude("已处置"), STAFF));
    in.clock.advance(java.time.Duration.ofHours(1));
    assertThat(view().flagged(FALLBACK)).isEmpty();
    assertThat(
            supervision
                .overview(in.clock.instant().minus(java.time.Duration.ofMinutes(90)))
                .flagged(FALLBACK))
        .as("the view of an earlier instant still shows it")
        .hasSize(1);
    assertThat(supervision.file(s).flags()).as("the file keeps the flag").hasSize(1);
  }

  @Test
  @DisplayName("an event assigned to a unit, or led by a duty leader, is not flagged")
  void not_flagged_otherwise() {
    RegistrationNumber n = received();
    events.triage(new TriageEventUseCase.Command(n, TriageFacts.single(WENXI), STAFF));
    assertThat(supervision.file(n.toString()).flags()).isEmpty();
    assertThat(view().flagged()).isEmpty();
  }

  @Test
  @DisplayName("a redelivered escalation flags nothing twice")
  void redelivery_changes_nothing() {
    RegistrationNumber n = received();
    events.triage(new TriageEventUseCase.Command(n, crossDepartment(), STAFF));
    var version = supervision.file(n.toString()).version();
    int published = in.events.published(SupervisionEvent.class).size();
    GovernanceEventChanged escalated =
        in.events.published(GovernanceEventChanged.class).stream()
            .filter(e -> e.action() == EventAction.ESCALATE_TO_FALLBACK_LEADER)
            .findFirst()
            .orElseThrow();

    feed.onGovernanceEvent(escalated);
    in.events.published(GovernanceEventChanged.class).forEach(feed::onGovernanceEvent);

    assertThat(supervision.file(n.toString()).version()).isEqualTo(version);
    assertThat(supervision.file(n.toString()).flags()).hasSize(1);
    assertThat(in.events.published(SupervisionEvent.class)).hasSize(published);
    assertThat(view().flagged(FALLBACK)).hasSize(1);
    assertThat(notifier.sentAbout(n.toString()))
        .filteredOn(x -> x.subject().equals("督办关注"))
        .hasSize(1);
  }
}
