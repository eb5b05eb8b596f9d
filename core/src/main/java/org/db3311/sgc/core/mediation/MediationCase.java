package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.DeadlineRecompute;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.MatterResult;

/**
 * A mediation case (调解案件) for an accepted dispute: suitability, every party's consent, routing,
 * sessions online or at the center, and the outcome: an agreement, or failure with referral to
 * online litigation filing. States and actions are those of {@link MediationWorkflow#TABLE}.
 */
@Implements({"6.2.1.1.1", "6.2.1.1.2"})
public final class MediationCase extends AggregateRoot<MediationEvent> {

  private final MediationCaseId id;
  private final String categoryCode;
  private final List<String> parties;
  private final Instant openedAt;
  private MediationState state;
  private Optional<String> suitabilityNote;
  private final List<Consent> consents;
  private Optional<RoutingDecision> routing;
  private final List<Session> sessions;
  private final List<MediationRecord> records;
  private Optional<MediationAgreement> agreement;
  private Optional<LocalDate> judicialConfirmationDue;
  private boolean judicialConfirmationProvisional;
  private Optional<String> failureReason;
  private Optional<String> routesTold;
  private Optional<String> filingReference;
  private Optional<OnwardRouting> onward;

  private MediationCase(MediationSnapshot s, Version v) {
    super(v);
    id = s.id();
    categoryCode = s.categoryCode();
    parties = s.parties();
    openedAt = s.openedAt();
    state = s.state();
    suitabilityNote = s.suitabilityNote();
    consents = new ArrayList<>(s.consents());
    routing = s.routing();
    sessions = new ArrayList<>(s.sessions());
    records = new ArrayList<>(s.records());
    agreement = s.agreement();
    judicialConfirmationDue = s.judicialConfirmationDue();
    judicialConfirmationProvisional = s.judicialConfirmationProvisional();
    failureReason = s.failureReason();
    routesTold = s.routesTold();
    filingReference = s.filingReference();
    onward = s.onward();
  }

  public static MediationCase fromSnapshot(MediationSnapshot s, Version v) {
    return new MediationCase(s, v);
  }

  public static MediationCase open(
      MediationCaseId id, String categoryCode, List<String> parties, Actor actor, Instant at) {
    Optional<String> none = Optional.empty();
    MediationCase c =
        new MediationCase(
            new MediationSnapshot(
                id,
                categoryCode,
                parties,
                at,
                MediationState.OPENED,
                none,
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                none,
                none,
                none,
                Optional.empty()),
            Version.NEW);
    c.raise(
        new MediationEvent(
            id,
            c.nextVersion(),
            MediationAction.OPEN,
            Optional.empty(),
            MediationState.OPENED,
            actor,
            at,
            "opened for " + parties,
            c.snapshot()));
    return c;
  }

  /** Records whether the dispute is suitable for mediation, and why. */
  public void assess(boolean suitable, String note, Actor actor, Instant at) {
    requireText(note, "a suitability assessment gives its reasons");
    MediationAction a =
        suitable ? MediationAction.ASSESS_SUITABLE : MediationAction.ASSESS_UNSUITABLE;
    MediationState to = next(a);
    suitabilityNote = Optional.of(note);
    move(a, to, actor, at, (suitable ? "suitable: " : "unsuitable: ") + note);
  }

  /**
   * Records one party's answer: a refusal ends the mediation (no consent, no mediation); the last
   * consent completes it.
   */
  @Implements("6.2.1.1.1")
  public void recordConsent(Consent consent, Actor actor) {
    if (consent.party() >= parties.size() || !parties.get(consent.party()).equals(consent.name())) {
      throw new IllegalArgumentException(consent.name() + " is not party " + consent.party());
    }
    if (!consent.agrees()) {
      MediationState to = next(MediationAction.DECLINE);
      consents.add(consent);
      move(MediationAction.DECLINE, to, actor, consent.at(), consent.name() + " refused mediation");
      return;
    }
    next(MediationAction.RECORD_CONSENT);
    consents.removeIf(c -> c.party() == consent.party());
    consents.add(consent);
    MediationAction a =
        consents.size() == parties.size()
            ? MediationAction.CONSENT_COMPLETE
            : MediationAction.RECORD_CONSENT;
    move(a, next(a), actor, consent.at(), consent.name() + " consented");
  }

  /** True once every party has consented. */
  public boolean everyPartyConsented() {
    return consents.size() == parties.size() && consents.stream().allMatch(Consent::agrees);
  }

  public void route(RoutingDecision decision, Actor actor, Instant at) {
    Objects.requireNonNull(decision, "decision");
    MediationState to = next(MediationAction.ROUTE);
    if (!everyPartyConsented()) {
      throw new IllegalStateException("mediation " + id + " lacks a party's consent");
    }
    routing = Optional.of(decision);
    move(MediationAction.ROUTE, to, actor, at, decision.explanation());
  }

  /**
   * The venue whose lead unit moderates an online session scheduled now (6.2.1.1.2); changes
   * nothing, so a session that cannot be held is refused before a room is opened or anything is
   * written.
   *
   * @throws org.db3311.sgc.core.common.IllegalTransitionException unless an online session may now
   *     be scheduled
   * @throws IllegalStateException when the case has no routing on record, which only corrupted data
   *     allows: the workflow schedules only after routing
   */
  @Implements("6.2.1.1.2")
  public Venue onlineSessionVenue() {
    next(MediationAction.SCHEDULE_ONLINE);
    return routing.orElseThrow(() -> new IllegalStateException(id + " was never routed")).venue();
  }

  public void schedule(Session session, Actor actor, Instant at) {
    MediationAction a =
        session instanceof Session.Online
            ? MediationAction.SCHEDULE_ONLINE
            : MediationAction.SCHEDULE_OFFLINE;
    MediationState to = next(a);
    sessions.add(session);
    move(a, to, actor, at, "session at " + session.startsAt());
  }

  public void holdSession(MediationRecord record, Actor actor, Instant at) {
    MediationState to = next(MediationAction.HOLD_SESSION);
    records.add(Objects.requireNonNull(record, "record"));
    move(MediationAction.HOLD_SESSION, to, actor, at, "session recorded");
  }

  /**
   * Records the agreement; the parties may jointly apply for judicial confirmation until the given
   * day (人民调解法 art 33: 30 days from effect), provisional when counted on a provisional year (R10).
   */
  public void reachAgreement(
      MediationAgreement agreement, DueDate confirmationDue, Actor actor, Instant at) {
    MediationState to = next(MediationAction.REACH_AGREEMENT);
    if (!parties.containsAll(agreement.parties())) {
      throw new IllegalArgumentException("the agreement names someone not party to " + id);
    }
    this.agreement = Optional.of(agreement);
    this.judicialConfirmationDue = Optional.of(confirmationDue.date());
    this.judicialConfirmationProvisional = confirmationDue.provisional();
    move(
        MediationAction.REACH_AGREEMENT,
        to,
        actor,
        at,
        "agreement reached; judicial confirmation may be applied for until "
            + confirmationDue.display());
  }

  /**
   * Takes the confirmation due date recounted once the official arrangement is loaded (R10): only a
   * provisional date is recounted, and it never moves earlier than announced. The case's state
   * stays; the change is recorded like any other.
   *
   * @return the date now, when it changed (its day or its provisional mark)
   */
  @Implements("R10")
  public Optional<DueDate> recountConfirmationDue(DueDate recounted, Actor actor, Instant at) {
    Objects.requireNonNull(recounted, "recounted");
    if (!judicialConfirmationProvisional || judicialConfirmationDue.isEmpty()) {
      return Optional.empty();
    }
    DueDate announced = DueDate.provisional(judicialConfirmationDue.get());
    DueDate now = DeadlineRecompute.neverEarlier(announced, recounted);
    if (now.equals(announced)) {
      return Optional.empty();
    }
    judicialConfirmationDue = Optional.of(now.date());
    judicialConfirmationProvisional = now.provisional();
    MediationState from = state;
    raise(
        new MediationEvent(
            id,
            nextVersion(),
            MediationAction.RECOUNT_CONFIRMATION_DUE,
            Optional.of(from),
            from,
            actor,
            at,
            "judicial confirmation due recounted: " + announced.display() + " -> " + now.display(),
            snapshot()));
    return Optional.of(now);
  }

  /** The last day to apply for judicial confirmation, with whether it is provisional (R10). */
  public Optional<DueDate> judicialConfirmation() {
    return judicialConfirmationDue.map(d -> new DueDate(d, judicialConfirmationProvisional));
  }

  /**
   * Records the failure and the other routes the parties were told of (arbitration, administrative
   * or judicial; 人民调解法 art 26).
   */
  public void fail(String reason, String routes, Actor actor, Instant at) {
    requireText(reason, "a failure states why");
    requireText(routes, "the parties are told their other routes");
    MediationState to = next(MediationAction.FAIL);
    failureReason = Optional.of(reason);
    routesTold = Optional.of(routes);
    move(MediationAction.FAIL, to, actor, at, "failed: " + reason);
  }

  /**
   * The case file for online litigation filing after a failure (6.2.1.1.2); changes nothing.
   *
   * @throws org.db3311.sgc.core.common.IllegalTransitionException unless the case may now be
   *     referred to litigation, so nothing is filed for a case that cannot be referred
   */
  @Implements("6.2.1.1.2")
  public CaseFile caseFile(String description) {
    next(MediationAction.REFER_TO_LITIGATION);
    return new CaseFile(id.toString(), parties, description, records, failureReason.orElseThrow());
  }

  public void referToLitigation(String filing, Actor actor, Instant at) {
    requireText(filing, "a referral records the filing reference");
    MediationState to = next(MediationAction.REFER_TO_LITIGATION);
    filingReference = Optional.of(filing);
    move(MediationAction.REFER_TO_LITIGATION, to, actor, at, "online filing " + filing);
  }

  /**
   * Records the center's decision to route the unresolved dispute onward (6.2): found unsuitable,
   * declined by a party, or failed, it goes to the body the parties are told of instead of ending
   * here; the matter stays in handling until that body reports back.
   */
  @Implements("6.2")
  public void routeOnward(OnwardRouting decision, Actor actor, Instant at) {
    Objects.requireNonNull(decision, "decision");
    MediationState to = next(MediationAction.ROUTE_ONWARD);
    onward = Optional.of(decision);
    move(MediationAction.ROUTE_ONWARD, to, actor, at, decision.summary());
  }

  /** The onward routing decision, once recorded. */
  public Optional<OnwardRouting> onward() {
    return onward;
  }

  /** The reason recorded when mediation failed. */
  public Optional<String> failureReason() {
    return failureReason;
  }

  /**
   * Closes the case; returns the result the matter closes with, or empty when the dispute went
   * onward and the matter stays in handling until the receiving body reports back.
   */
  public Optional<MatterResult> close(Actor actor, Instant at) {
    MediationState from = state;
    MediationState to = next(MediationAction.CLOSE);
    if (from == MediationState.ROUTED_ONWARD) {
      move(MediationAction.CLOSE, to, actor, at, "closed: " + onward.orElseThrow().summary());
      return Optional.empty();
    }
    MatterResult result =
        switch (from) {
          case AGREED -> new MatterResult(MatterResult.Outcome.RESOLVED, "经调解达成协议，请按协议履行。");
          case REFERRED_TO_LITIGATION ->
              new MatterResult(
                  MatterResult.Outcome.NOT_RESOLVED,
                  "调解不成，已协助申请网上诉讼立案（" + filingReference.orElseThrow() + "）。");
          case FAILED ->
              new MatterResult(
                  MatterResult.Outcome.NOT_RESOLVED, "调解不成。可选途径：" + routesTold.orElseThrow());
          case DECLINED -> new MatterResult(MatterResult.Outcome.NOT_RESOLVED, "当事人不同意调解，调解不予进行。");
          default ->
              new MatterResult(
                  MatterResult.Outcome.NOT_RESOLVED, "不适宜调解：" + suitabilityNote.orElse("见登记记录"));
        };
    move(MediationAction.CLOSE, to, actor, at, "closed: " + result.outcome());
    return Optional.of(result);
  }

  private MediationState next(MediationAction a) {
    return MediationWorkflow.TABLE.next(state, a, id);
  }

  private void move(MediationAction a, MediationState to, Actor actor, Instant at, String detail) {
    MediationState from = state;
    state = to;
    raise(
        new MediationEvent(
            id, nextVersion(), a, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  public MediationSnapshot snapshot() {
    return new MediationSnapshot(
        id,
        categoryCode,
        parties,
        openedAt,
        state,
        suitabilityNote,
        consents,
        routing,
        sessions,
        records,
        agreement,
        judicialConfirmationDue,
        failureReason,
        routesTold,
        filingReference,
        onward,
        judicialConfirmationProvisional);
  }

  public MediationCaseId id() {
    return id;
  }

  public MediationState state() {
    return state;
  }

  public List<String> parties() {
    return parties;
  }

  public Optional<RoutingDecision> routing() {
    return routing;
  }

  public List<Session> sessions() {
    return List.copyOf(sessions);
  }

  public String categoryCode() {
    return categoryCode;
  }
}
