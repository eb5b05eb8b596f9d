package org.db3311.sgc.core.eventhandling;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.CloseMatterUseCase;
import org.db3311.sgc.core.intake.Handling;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterKindMismatchException;
import org.db3311.sgc.core.intake.MatterLifecycle;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.StartHandlingUseCase;
import org.db3311.sgc.core.supervision.OpenSupervisionUseCase;
import org.db3311.sgc.core.supervision.Supervision;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;

/** The event-handling use cases (社会治理事件处置, 6.3.1), kept under supervision throughout. */
@Implements({"6.3.1.1", "6.3.1.2", "6.3.1.3", "8.2.3", "R12"})
public final class EventHandlingService implements EventHandlingUseCases {

  private static final EventScopeRule SCOPE = new EventScopeRule();

  private final GovernanceEventRepository events;
  private final MatterLifecycle matters;
  private final Supervision supervision;
  private final DutyLeaders dutyLeaders;
  private final CityCenterGateway city;
  private final CountyCenterGateway counties;
  private final ResultReporter results;
  private final EventHandlingConfiguration config;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public EventHandlingService(
      GovernanceEventRepository events,
      MatterLifecycle matters,
      Supervision supervision,
      DutyLeaders dutyLeaders,
      CityCenterGateway city,
      CountyCenterGateway counties,
      ResultReporter results,
      EventHandlingConfiguration config,
      DomainEventPublisher publisher,
      AuditTrail audit,
      Clock clock) {
    this.events = Objects.requireNonNull(events, "events");
    this.matters = Objects.requireNonNull(matters, "matters");
    this.supervision = Objects.requireNonNull(supervision, "supervision");
    this.dutyLeaders = Objects.requireNonNull(dutyLeaders, "dutyLeaders");
    this.city = Objects.requireNonNull(city, "city");
    this.counties = Objects.requireNonNull(counties, "counties");
    this.results = Objects.requireNonNull(results, "results");
    this.config = Objects.requireNonNull(config, "config");
    this.recorder = new ChangeRecorder(publisher, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void receive(ReceiveEventUseCase.Command c) {
    MatterSnapshot m = matters.matter(c.matter());
    if (m.kind() != Category.Kind.EVENT) {
      throw new MatterKindMismatchException(c.matter(), m.kind(), "event handling");
    }
    Optional<GovernanceEvent> existing = events.find(c.matter());
    if (existing.isPresent()) {
      throw new IllegalTransitionException(
          "GovernanceEvent " + c.matter(), existing.get().state(), EventAction.RECEIVE);
    }
    if (m.state() != MatterState.ACCEPTED) {
      throw new IllegalTransitionException(
          "Matter " + c.matter(), m.state(), MatterAction.START_HANDLING);
    }
    GovernanceEvent e =
        GovernanceEvent.receive(
            c.matter(),
            m.registration().description(),
            m.registration().categoryCode(),
            m.registration().place(),
            c.actor(),
            clock.instant());
    store(e);
    matters.startHandling(
        new StartHandlingUseCase.Command(
            c.matter(),
            new Handling(Handling.Track.EVENT_HANDLING, c.matter().toString()),
            c.actor()));
  }

  /**
   * Sends the event where its scope says. With several units and no lead named (6.3.1.1 lets the
   * center name one but does not require it), supervision follows the center itself, every unit
   * taking part. An event wholly in another county is transferred and its matter closed with where
   * it went, so its parties are told (R12).
   */
  @Override
  public Outcome triage(TriageEventUseCase.Command c) {
    GovernanceEvent e = load(c.matter());
    EventScope scope = SCOPE.scopeOf(c.facts(), e.place(), config.county());
    Outcome outcome;
    UnitId supervised = c.facts().answerableUnit().orElse(config.center());
    java.util.Set<UnitId> participants = c.facts().participants();
    switch (scope) {
      case GENERAL -> {
        e.assign(c.facts(), c.actor(), clock.instant());
        outcome =
            c.facts().answerableUnit().isPresent()
                ? new Outcome.Assigned(supervised)
                : new Outcome.AssignedWithoutLead(c.facts().units());
      }
      case CROSS_BOUNDARY -> {
        switch (dutyLeaders.callAt(clock.instant())) {
          case DutyLeaders.DutyCall.OnDuty on -> {
            e.escalate(c.facts(), on.leader(), c.actor(), clock.instant());
            outcome = new Outcome.LedByDutyLeader(on.leader(), supervised);
          }
          case DutyLeaders.DutyCall.Fallback fb -> {
            e.escalateToFallback(c.facts(), fb.leader(), fb.reason(), c.actor(), clock.instant());
            outcome = new Outcome.LedByFallbackLeader(fb.leader(), supervised, fb.reason());
          }
        }
      }
      case CITY_LEVEL -> {
        String ref = city.report(c.matter().toString(), e.title());
        e.reportToCity(ref, c.actor(), clock.instant());
        supervised = config.cityCenter();
        participants = java.util.Set.of();
        outcome = new Outcome.ReportedToCity(ref);
      }
      case OTHER_COUNTY -> {
        return transfer(e, c.actor());
      }
      default -> throw new IllegalStateException("unknown scope " + scope);
    }
    store(e);
    supervise(e, supervised, participants, c.actor());
    return outcome;
  }

  @Implements("R12")
  private Outcome transfer(GovernanceEvent e, Actor actor) {
    var county = e.place().county();
    String ref = counties.transfer(county, e.matter().toString(), e.title());
    e.transferToCounty(county.value(), ref, actor, clock.instant());
    store(e);
    String summary = "事件发生在其他县（" + county + "），已移交该县社会治理中心处置（" + ref + "）。";
    matters.close(
        new CloseMatterUseCase.Command(
            e.matter(),
            new org.db3311.sgc.core.intake.MatterResult(
                org.db3311.sgc.core.intake.MatterResult.Outcome.NOT_RESOLVED, summary),
            actor));
    String subject = e.matter().toString();
    if (supervision.stateOf(subject).filter(s -> s != SupervisionState.COMPLETED).isPresent()) {
      track(e.matter(), new Progress.Conclude(summary), actor);
    }
    return new Outcome.TransferredToCounty(county, ref);
  }

  private void supervise(
      GovernanceEvent e, UnitId unit, java.util.Set<UnitId> participants, Actor actor) {
    String subject = e.matter().toString();
    if (supervision.isSupervised(subject)) {
      track(e.matter(), new Progress.Reassign(unit, participants, "re-triaged"), actor);
    } else {
      supervision.open(
          new OpenSupervisionUseCase.Command(
              subject, e.title(), e.categoryCode(), unit, participants, actor));
    }
  }

  @Override
  public void handle(HandleEventUseCase.Command c) {
    GovernanceEvent e = load(c.matter());
    var now = clock.instant();
    Actor a = c.actor();
    switch (c.step()) {
      case Step.SignFor s -> e.signFor(a, now);
      case Step.DeclineAssignment d -> e.declineAssignment(d.reason(), a, now);
      case Step.ReportHandled h -> e.reportHandled(h.summary(), a, now);
      case Step.CityResult r -> e.recordCityResult(r.summary(), a, now);
      case Step.Return r -> e.returnForHandling(r.reason(), a, now);
      case Step.Close x -> e.close(a, now);
      case Step.Review r -> e.review(r.review(), a, now);
      case Step.ReportResult r -> {
        EventResultReport report = e.resultReport(r.report(), now);
        e.resultReported(report, results.report(report), a, now);
      }
      case Step.Archive x -> e.archive(a, now);
    }
    store(e);
    switch (c.step()) {
      case Step.SignFor s -> track(c.matter(), new Progress.SignFor(), a);
      case Step.DeclineAssignment d ->
          track(c.matter(), new Progress.Decline(config.center(), d.reason()), a);
      case Step.ReportHandled h -> track(c.matter(), new Progress.ReportHandled(h.summary()), a);
      case Step.CityResult r -> {
        track(c.matter(), new Progress.SignFor(), a);
        track(c.matter(), new Progress.ReportHandled(r.summary()), a);
      }
      case Step.Return r -> track(c.matter(), new Progress.Return(r.reason()), a);
      case Step.Close x -> {
        matters.close(new CloseMatterUseCase.Command(c.matter(), x.result(), a));
        track(c.matter(), new Progress.Complete(), a);
      }
      case Step.Review r -> track(c.matter(), new Progress.RecordReview(), a);
      default -> {}
    }
  }

  /**
   * Reacts to matter changes: a reopened matter (a dissatisfied follow-up) takes its event back
   * into handling. Subscribe it to {@code MatterEvent} beside the follow-up.
   */
  public void onMatterEvent(MatterEvent event) {
    if (event.action() != MatterAction.REOPEN) {
      return;
    }
    events
        .find(event.number())
        .ifPresent(
            e -> {
              e.reopen(event.detail(), event.actor(), event.occurredAt());
              store(e);
            });
  }

  /** An event, for queries and tests. */
  public GovernanceEvent event(RegistrationNumber matter) {
    return load(matter);
  }

  private void track(RegistrationNumber matter, Progress p, Actor a) {
    supervision.record(new TrackProgressUseCase.Command(matter.toString(), p, a));
  }

  private GovernanceEvent load(RegistrationNumber matter) {
    return events.find(matter).orElseThrow(() -> new GovernanceEventNotFoundException(matter));
  }

  private void store(GovernanceEvent e) {
    events.save(e);
    recorder.record(e);
  }
}
