package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * A social-governance event (社会治理事件) handled by the center: triaged by scope, assigned with a lead
 * unit, led by the duty county leader, or reported to the city; closed, then reviewed and its
 * result reported before it can be archived. Not to be confused with a domain event.
 */
@Implements({"6.3.1.1", "6.3.1.2", "6.3.1.3"})
public final class GovernanceEvent extends AggregateRoot<GovernanceEventChanged> {

  private final RegistrationNumber matter;
  private final String title;
  private final String categoryCode;
  private final Place place;
  private final Instant receivedAt;
  private int round;
  private EventState state;
  private Optional<EventScope> scope;
  private List<UnitId> units;
  private Optional<UnitId> lead;
  private Optional<DutyLeader> dutyLeader;
  private Optional<String> cityReference;
  private final List<String> handlingReports;
  private Optional<EventReview> review;
  private Optional<String> resultReport;
  private Optional<String> resultReference;
  private Optional<String> dutyFallback;
  private Optional<String> transferReference;

  private GovernanceEvent(GovernanceEventSnapshot s, Version v) {
    super(v);
    matter = s.matter();
    title = s.title();
    categoryCode = s.categoryCode();
    place = s.place();
    receivedAt = s.receivedAt();
    round = s.round();
    state = s.state();
    scope = s.scope();
    units = s.units();
    lead = s.lead();
    dutyLeader = s.dutyLeader();
    cityReference = s.cityReference();
    handlingReports = new ArrayList<>(s.handlingReports());
    review = s.review();
    resultReport = s.resultReport();
    resultReference = s.resultReference();
    dutyFallback = s.dutyFallback();
    transferReference = s.transferReference();
  }

  public static GovernanceEvent fromSnapshot(GovernanceEventSnapshot s, Version v) {
    return new GovernanceEvent(s, v);
  }

  public static GovernanceEvent receive(
      RegistrationNumber matter,
      String title,
      String categoryCode,
      Place place,
      Actor actor,
      Instant at) {
    GovernanceEvent e =
        new GovernanceEvent(
            new GovernanceEventSnapshot(
                matter,
                title,
                categoryCode,
                place,
                at,
                1,
                EventState.RECEIVED,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            Version.NEW);
    e.raise(
        new GovernanceEventChanged(
            matter,
            e.nextVersion(),
            EventAction.RECEIVE,
            Optional.empty(),
            EventState.RECEIVED,
            actor,
            at,
            "received: " + title,
            e.snapshot()));
    return e;
  }

  /**
   * 6.3.1.1: a general event goes to its units; with several units the center may name one to lead
   * (可明确其中一个单位牵头办理), and need not.
   */
  @Implements("6.3.1.1")
  public void assign(TriageFacts facts, Actor actor, Instant at) {
    EventState to = next(EventAction.ASSIGN);
    scope = Optional.of(EventScope.GENERAL);
    units = facts.units();
    lead = facts.answerableUnit();
    move(
        EventAction.ASSIGN,
        to,
        actor,
        at,
        "assigned to " + units + lead.map(l -> ", lead " + l).orElse(", no lead unit named"));
  }

  /** 6.3.1.2: a cross-boundary event is led by the duty county leader. */
  @Implements({"6.3.1.2", "8.2.3"})
  public void escalate(TriageFacts facts, DutyLeader leader, Actor actor, Instant at) {
    Objects.requireNonNull(leader, "leader");
    EventState to = next(EventAction.ESCALATE_TO_DUTY_LEADER);
    lead(facts, leader, Optional.empty());
    move(
        EventAction.ESCALATE_TO_DUTY_LEADER,
        to,
        actor,
        at,
        "led by duty leader " + leader.name() + " with " + units);
  }

  /**
   * 6.3.1.2: no duty leader was found, so the roster's fallback leader takes the event; the event
   * carries why, so it is never left unseen.
   */
  @Implements({"6.3.1.2", "8.2.3"})
  public void escalateToFallback(
      TriageFacts facts, DutyLeader fallback, String why, Actor actor, Instant at) {
    Objects.requireNonNull(fallback, "fallback");
    requireText(why, "a fallback states why no duty leader was found");
    EventState to = next(EventAction.ESCALATE_TO_FALLBACK_LEADER);
    lead(facts, fallback, Optional.of(why));
    move(
        EventAction.ESCALATE_TO_FALLBACK_LEADER,
        to,
        actor,
        at,
        "no duty leader found (" + why + "): led by fallback leader " + fallback.name());
  }

  private void lead(TriageFacts facts, DutyLeader leader, Optional<String> fallback) {
    scope = Optional.of(EventScope.CROSS_BOUNDARY);
    units = facts.units();
    lead = facts.answerableUnit();
    dutyLeader = Optional.of(leader);
    dutyFallback = fallback;
  }

  /** 6.3.1.2: a city-level or cross-county event is reported to the city center. */
  @Implements({"6.3.1.2", "R12"})
  public void reportToCity(String cityRef, Actor actor, Instant at) {
    EventState to = next(EventAction.REPORT_TO_CITY);
    scope = Optional.of(EventScope.CITY_LEVEL);
    cityReference = Optional.of(cityRef);
    move(EventAction.REPORT_TO_CITY, to, actor, at, "reported to the city center as " + cityRef);
  }

  /** Ruling R12: an event wholly in another county goes to that county's center. */
  @Implements("R12")
  public void transferToCounty(String county, String reference, Actor actor, Instant at) {
    requireText(reference, "a transfer records the receiving center's reference");
    EventState to = next(EventAction.TRANSFER_TO_COUNTY);
    scope = Optional.of(EventScope.OTHER_COUNTY);
    transferReference = Optional.of(reference);
    move(
        EventAction.TRANSFER_TO_COUNTY,
        to,
        actor,
        at,
        "transferred to the center of county " + county + " as " + reference);
  }

  /** The assigned unit says the event is not its remit; it goes back for triage. */
  public void declineAssignment(String reason, Actor actor, Instant at) {
    requireText(reason, "a declined assignment states why");
    EventState to = next(EventAction.DECLINE_ASSIGNMENT);
    units = List.of();
    lead = Optional.empty();
    scope = Optional.empty();
    move(EventAction.DECLINE_ASSIGNMENT, to, actor, at, "assignment declined: " + reason);
  }

  public void signFor(Actor actor, Instant at) {
    move(
        EventAction.SIGN_FOR,
        next(EventAction.SIGN_FOR),
        actor,
        at,
        "signed for by " + lead.map(UnitId::value).orElse(String.join("、", unitNames())));
  }

  public void reportHandled(String summary, Actor actor, Instant at) {
    requireText(summary, "a handling report summarises what was done");
    EventState to = next(EventAction.REPORT_HANDLED);
    handlingReports.add(summary);
    move(EventAction.REPORT_HANDLED, to, actor, at, "handled: " + summary);
  }

  public void recordCityResult(String summary, Actor actor, Instant at) {
    requireText(summary, "the city's result is summarised");
    EventState to = next(EventAction.RECORD_CITY_RESULT);
    handlingReports.add(summary);
    move(EventAction.RECORD_CITY_RESULT, to, actor, at, "city result: " + summary);
  }

  public void returnForHandling(String reason, Actor actor, Instant at) {
    requireText(reason, "a return states why");
    move(EventAction.RETURN, next(EventAction.RETURN), actor, at, "returned: " + reason);
  }

  public void close(Actor actor, Instant at) {
    move(EventAction.CLOSE, next(EventAction.CLOSE), actor, at, "handling ended");
  }

  /** 6.3.1.3: review the event after its handling ended. */
  @Implements("6.3.1.3")
  public void review(EventReview review, Actor actor, Instant at) {
    EventState to = next(EventAction.REVIEW);
    this.review = Optional.of(Objects.requireNonNull(review, "review"));
    move(EventAction.REVIEW, to, actor, at, "reviewed: " + review.assessment());
  }

  /**
   * 6.3.1.3: the result report to send up, once the event has been reviewed. Changes nothing: the
   * event moves on only when the report was delivered ({@link #resultReported}).
   *
   * @throws org.db3311.sgc.core.common.IllegalTransitionException before the review
   */
  @Implements("6.3.1.3")
  public EventResultReport resultReport(String report, Instant at) {
    next(EventAction.REPORT_RESULT);
    return new EventResultReport(
        matter.toString(),
        round,
        title,
        categoryCode,
        scope.orElseThrow(),
        units,
        lead,
        dutyLeader,
        cityReference,
        handlingReports,
        review.orElseThrow(),
        report,
        at);
  }

  /** 6.3.1.3: records that the result report was delivered, under the receiver's reference. */
  @Implements("6.3.1.3")
  public void resultReported(EventResultReport report, String reference, Actor actor, Instant at) {
    Objects.requireNonNull(report, "report");
    requireText(reference, "a delivered report has the receiver's reference");
    EventState to = next(EventAction.REPORT_RESULT);
    if (!report.matter().equals(matter.toString()) || report.round() != round) {
      throw new IllegalArgumentException(
          "the report is " + report.reportId() + ", not " + matter + " round " + round);
    }
    resultReport = Optional.of(report.report());
    resultReference = Optional.of(reference);
    move(EventAction.REPORT_RESULT, to, actor, at, "result reported as " + reference);
  }

  /**
   * The matter was reopened: the lead unit handles the event again under the same supervision, in a
   * new round that is closed, reviewed, reported and archived again.
   */
  public void reopen(String reason, Actor actor, Instant at) {
    requireText(reason, "reopening states why");
    EventState to = next(EventAction.REOPEN);
    round++;
    move(EventAction.REOPEN, to, actor, at, "back into handling, round " + round + ": " + reason);
  }

  public void archive(Actor actor, Instant at) {
    move(EventAction.ARCHIVE, next(EventAction.ARCHIVE), actor, at, "archived");
  }

  private EventState next(EventAction a) {
    return EventWorkflow.TABLE.next(state, a, matter);
  }

  private void move(EventAction a, EventState to, Actor actor, Instant at, String detail) {
    EventState from = state;
    state = to;
    raise(
        new GovernanceEventChanged(
            matter, nextVersion(), a, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  private List<String> unitNames() {
    return units.stream().map(UnitId::value).toList();
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  public GovernanceEventSnapshot snapshot() {
    return new GovernanceEventSnapshot(
        matter,
        title,
        categoryCode,
        place,
        receivedAt,
        round,
        state,
        scope,
        units,
        lead,
        dutyLeader,
        cityReference,
        handlingReports,
        review,
        resultReport,
        resultReference,
        dutyFallback,
        transferReference);
  }

  public RegistrationNumber matter() {
    return matter;
  }

  public EventState state() {
    return state;
  }

  /** The handling round: 1, then one more per reopening. */
  public int round() {
    return round;
  }

  public Optional<EventScope> scope() {
    return scope;
  }

  public Optional<UnitId> lead() {
    return lead;
  }

  /** The reference the result report was delivered under, once it was. */
  public Optional<String> resultReference() {
    return resultReference;
  }

  /** Why the event went to a fallback leader, when no duty leader was found. */
  public Optional<String> dutyFallback() {
    return dutyFallback;
  }

  public Optional<String> transferReference() {
    return transferReference;
  }

  public Optional<DutyLeader> dutyLeader() {
    return dutyLeader;
  }

  public Place place() {
    return place;
  }

  public String title() {
    return title;
  }

  public String categoryCode() {
    return categoryCode;
  }
}
