package org.db3311.sgc.core.onward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.mediation.MediationCaseId;

/**
 * An onward referral (分流转办): the center's decision to route an unresolved dispute to another body
 * of the 多元化解 chain — labour arbitration, litigation, administrative reconsideration, the 信访
 * procedure or legal aid — followed step by step, each step on its statutory clock, until the body
 * reports back. States and actions are those of {@link OnwardWorkflow#TABLE}.
 *
 * <p>The referral holds the facts the body reports, on the days it reports them; it does not decide
 * for the body. Its clocks are {@link Deadline}s counted on the project's calendar when asked, so
 * the view shows them even when a later year's calendar arrives after the referral was made.
 */
@Implements({"6.2", "6.2.1.3"})
public final class OnwardReferral extends AggregateRoot<OnwardReferralEvent> {

  private final OnwardReferralId id;
  private final MediationCaseId mediation;
  private final String categoryCode;
  private final Road road;
  private final UnitId body;
  private final String bodyName;
  private final String reason;
  private final LocalDate referredOn;
  private OnwardState state;
  private final Map<OnwardStep, DeadlineRule> rules;
  private final List<RoadClock> clocks;
  private boolean simplified;
  private final Optional<String> filingReference;
  private Optional<String> bodyReference;
  private final List<StepRecord> steps;
  private Optional<String> notAcceptedReason;
  private Optional<ReportBack> report;

  private OnwardReferral(OnwardReferralSnapshot s, Version v) {
    super(v);
    id = s.id();
    mediation = s.mediation();
    categoryCode = s.categoryCode();
    road = s.road();
    body = s.body();
    bodyName = s.bodyName();
    reason = s.reason();
    referredOn = s.referredOn();
    state = s.state();
    rules = s.rules();
    clocks = new ArrayList<>(s.clocks());
    simplified = s.simplified();
    filingReference = s.filingReference();
    bodyReference = s.bodyReference();
    steps = new ArrayList<>(s.steps());
    notAcceptedReason = s.notAcceptedReason();
    report = s.report();
  }

  public static OnwardReferral fromSnapshot(OnwardReferralSnapshot s, Version v) {
    return new OnwardReferral(s, v);
  }

  /**
   * Records the routing decision; the body's acceptance clocks (and for 信访 the objection clock) run
   * from the day of referral, which is not counted.
   *
   * @param rules the road's clocks, fixed for this referral
   */
  public static OnwardReferral refer(
      OnwardReferralId id,
      MediationCaseId mediation,
      String categoryCode,
      Road road,
      UnitId body,
      String bodyName,
      String reason,
      Map<OnwardStep, DeadlineRule> rules,
      Optional<String> filingReference,
      LocalDate on,
      Actor actor,
      Instant at) {
    List<RoadClock> clocks = new ArrayList<>();
    for (OnwardStep s : List.of(OnwardStep.OBJECTION, OnwardStep.ACCEPTANCE)) {
      DeadlineRule r = rules.get(s);
      if (r != null) {
        clocks.add(new RoadClock(s, Deadline.startingOn(r, on), Optional.empty()));
      }
    }
    OnwardReferral r =
        new OnwardReferral(
            new OnwardReferralSnapshot(
                id,
                mediation,
                categoryCode,
                road,
                body,
                bodyName,
                reason,
                on,
                OnwardState.REFERRED,
                rules,
                clocks,
                false,
                filingReference,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty()),
            Version.NEW);
    r.raise(
        new OnwardReferralEvent(
            id,
            r.nextVersion(),
            OnwardAction.REFER,
            Optional.empty(),
            OnwardState.REFERRED,
            actor,
            at,
            "referred to " + road.zh() + " (" + bodyName + "): " + reason,
            r.snapshot()));
    return r;
  }

  /**
   * The body accepted (受理); on the 信访 road this is the written notice to the petitioner. The
   * conclusion clock runs from that day.
   *
   * @param simplified an administrative reconsideration under the simplified procedure
   */
  public void receive(LocalDate on, boolean simplified, String bodyRef, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.RECEIVE);
    requireDay(on);
    requireText(bodyRef, "an acceptance records the body's case number");
    if (simplified && road != Road.ADMINISTRATIVE_RECONSIDERATION) {
      throw new IllegalArgumentException(
          "only an administrative reconsideration has a simplified procedure, not " + road);
    }
    stop(on, OnwardStep.OBJECTION, OnwardStep.ACCEPTANCE);
    this.simplified = simplified;
    start(simplified ? OnwardStep.SIMPLIFIED_CONCLUSION : OnwardStep.CONCLUSION, on);
    bodyReference = Optional.of(bodyRef);
    steps.add(new StepRecord(OnwardAction.RECEIVE, on, bodyRef));
    move(OnwardAction.RECEIVE, to, actor, at, "accepted by " + bodyName + " as " + bodyRef);
  }

  /**
   * The body did not accept (outside its remit, inadmissible): the road ends, the center re-routes.
   */
  public void declineToAccept(LocalDate on, String why, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.DECLINE_TO_ACCEPT);
    requireDay(on);
    requireText(why, "a body not accepting states why");
    stopAll(on);
    notAcceptedReason = Optional.of(why);
    steps.add(new StepRecord(OnwardAction.DECLINE_TO_ACCEPT, on, why));
    move(OnwardAction.DECLINE_TO_ACCEPT, to, actor, at, "not accepted: " + why);
  }

  /**
   * Extends the conclusion clock with an approved extension (e.g. 信访 by at most 30 days, with the
   * unit head's approval and the petitioner told why).
   *
   * @throws IllegalArgumentException when the road's conclusion cannot be extended, or not so far
   */
  public void extendConclusion(Extension extension, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.EXTEND);
    Objects.requireNonNull(extension, "extension");
    int i = runningIndex(conclusionStep());
    if (i < 0) {
      throw new IllegalArgumentException(
          road + " has no conclusion clock to extend (" + conclusionStep() + ")");
    }
    RoadClock c = clocks.get(i);
    Deadline extended = c.deadline().extendedBy(extension);
    clocks.set(i, c.with(extended));
    move(
        OnwardAction.EXTEND,
        to,
        actor,
        at,
        "conclusion extended by " + extension.added() + ": " + extension.reason());
  }

  /**
   * The body concluded (award, judgment, decision, 信访 written reply); for 信访 the 复查 window opens.
   */
  public void decide(LocalDate on, String decision, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.DECIDE);
    requireDay(on);
    requireText(decision, "a conclusion states what was decided");
    stop(on, conclusionStep());
    start(OnwardStep.REVIEW_REQUEST, on);
    steps.add(new StepRecord(OnwardAction.DECIDE, on, decision));
    move(OnwardAction.DECIDE, to, actor, at, "concluded: " + decision);
  }

  /**
   * 信访: the petitioner requested 复查 within the window after the written reply.
   *
   * @throws IllegalArgumentException when the window had closed
   */
  public void requestReview(LocalDate on, WorkingCalendar calendar, Actor actor, Instant at) {
    OnwardState to =
        request(
            OnwardAction.REQUEST_REVIEW,
            OnwardStep.REVIEW_REQUEST,
            OnwardStep.REVIEW,
            on,
            calendar);
    steps.add(new StepRecord(OnwardAction.REQUEST_REVIEW, on, "复查 requested"));
    move(OnwardAction.REQUEST_REVIEW, to, actor, at, "复查 requested");
  }

  /** 信访: the 复查 opinion; the 复核 window opens. */
  public void concludeReview(LocalDate on, String opinion, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.CONCLUDE_REVIEW);
    requireDay(on);
    requireText(opinion, "a 复查 opinion states its finding");
    stop(on, OnwardStep.REVIEW);
    start(OnwardStep.RECHECK_REQUEST, on);
    steps.add(new StepRecord(OnwardAction.CONCLUDE_REVIEW, on, opinion));
    move(OnwardAction.CONCLUDE_REVIEW, to, actor, at, "复查 opinion: " + opinion);
  }

  /**
   * 信访: the petitioner requested 复核 within the window after the 复查 opinion.
   *
   * @throws IllegalArgumentException when the window had closed
   */
  public void requestRecheck(LocalDate on, WorkingCalendar calendar, Actor actor, Instant at) {
    OnwardState to =
        request(
            OnwardAction.REQUEST_RECHECK,
            OnwardStep.RECHECK_REQUEST,
            OnwardStep.RECHECK,
            on,
            calendar);
    steps.add(new StepRecord(OnwardAction.REQUEST_RECHECK, on, "复核 requested"));
    move(OnwardAction.REQUEST_RECHECK, to, actor, at, "复核 requested");
  }

  /** 信访: the 复核 opinion; the same facts and grounds are not accepted again. */
  public void concludeRecheck(LocalDate on, String opinion, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.CONCLUDE_RECHECK);
    requireDay(on);
    requireText(opinion, "a 复核 opinion states its finding");
    stop(on, OnwardStep.RECHECK);
    steps.add(new StepRecord(OnwardAction.CONCLUDE_RECHECK, on, opinion));
    move(OnwardAction.CONCLUDE_RECHECK, to, actor, at, "复核 opinion: " + opinion);
  }

  /**
   * The body reports the final result back. On the 信访 road a result still open to 复查 or 复核 is not
   * final: the report waits until the petitioner's window has passed.
   *
   * @throws IllegalArgumentException while the petitioner may still request a review
   */
  public void reportBack(ReportBack r, WorkingCalendar calendar, Actor actor, Instant at) {
    OnwardState to = next(OnwardAction.REPORT_BACK);
    Objects.requireNonNull(r, "report");
    requireDay(r.on());
    int window = runningIndex(OnwardStep.REVIEW_REQUEST);
    if (window < 0) {
      window = runningIndex(OnwardStep.RECHECK_REQUEST);
    }
    if (window >= 0) {
      LocalDate due = clocks.get(window).dueDate(calendar);
      if (!r.on().isAfter(due)) {
        throw new IllegalArgumentException(
            "the petitioner may still request "
                + (clocks.get(window).step() == OnwardStep.REVIEW_REQUEST ? "复查" : "复核")
                + " until "
                + due
                + "; the result is not final before then");
      }
    }
    stopAll(r.on());
    report = Optional.of(r);
    steps.add(new StepRecord(OnwardAction.REPORT_BACK, r.on(), r.conclusion()));
    move(OnwardAction.REPORT_BACK, to, actor, at, "reported back (" + r.reportId() + ")");
  }

  private OnwardState request(
      OnwardAction a, OnwardStep window, OnwardStep opinion, LocalDate on, WorkingCalendar cal) {
    OnwardState to = next(a);
    if (!road.hasReviews()) {
      throw new IllegalTransitionException(
          "OnwardReferral " + id + " on the road " + road + " (no 复查/复核)", state, a);
    }
    requireDay(on);
    int i = runningIndex(window);
    if (i >= 0) {
      LocalDate due = clocks.get(i).dueDate(cal);
      if (on.isAfter(due)) {
        throw new IllegalArgumentException(
            "the window for the request ended on " + due + "; a request on " + on + " is late");
      }
    }
    stop(on, window);
    start(opinion, on);
    return to;
  }

  private OnwardStep conclusionStep() {
    return simplified ? OnwardStep.SIMPLIFIED_CONCLUSION : OnwardStep.CONCLUSION;
  }

  private void start(OnwardStep step, LocalDate on) {
    DeadlineRule r = rules.get(step);
    if (r != null) {
      clocks.add(new RoadClock(step, Deadline.startingOn(r, on), Optional.empty()));
    }
  }

  private void stop(LocalDate on, OnwardStep... which) {
    for (OnwardStep s : which) {
      int i = runningIndex(s);
      if (i >= 0) {
        clocks.set(i, clocks.get(i).stoppedOn(on));
      }
    }
  }

  private void stopAll(LocalDate on) {
    for (int i = 0; i < clocks.size(); i++) {
      if (clocks.get(i).isRunning()) {
        clocks.set(i, clocks.get(i).stoppedOn(on));
      }
    }
  }

  private int runningIndex(OnwardStep step) {
    for (int i = clocks.size() - 1; i >= 0; i--) {
      if (clocks.get(i).step() == step && clocks.get(i).isRunning()) {
        return i;
      }
    }
    return -1;
  }

  /** A step happens no earlier than the one before it. */
  private void requireDay(LocalDate on) {
    Objects.requireNonNull(on, "on");
    LocalDate last = steps.isEmpty() ? referredOn : steps.get(steps.size() - 1).on();
    if (on.isBefore(last)) {
      throw new IllegalArgumentException(
          "a step on " + on + " cannot come before the previous one on " + last);
    }
  }

  private OnwardState next(OnwardAction a) {
    return OnwardWorkflow.TABLE.next(state, a, id);
  }

  private void move(OnwardAction a, OnwardState to, Actor actor, Instant at, String detail) {
    OnwardState from = state;
    state = to;
    raise(
        new OnwardReferralEvent(
            id, nextVersion(), a, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  public OnwardReferralSnapshot snapshot() {
    return new OnwardReferralSnapshot(
        id,
        mediation,
        categoryCode,
        road,
        body,
        bodyName,
        reason,
        referredOn,
        state,
        rules,
        clocks,
        simplified,
        filingReference,
        bodyReference,
        steps,
        notAcceptedReason,
        report);
  }

  public OnwardReferralId id() {
    return id;
  }

  public OnwardState state() {
    return state;
  }

  public Road road() {
    return road;
  }

  public UnitId body() {
    return body;
  }

  public String bodyName() {
    return bodyName;
  }

  /** Every clock, running and stopped, in the order they started. */
  public List<RoadClock> clocks() {
    return List.copyOf(clocks);
  }

  /** The running or last clock of a step. */
  public Optional<RoadClock> clock(OnwardStep step) {
    for (int i = clocks.size() - 1; i >= 0; i--) {
      if (clocks.get(i).step() == step) {
        return Optional.of(clocks.get(i));
      }
    }
    return Optional.empty();
  }

  public Optional<ReportBack> report() {
    return report;
  }

  /** Whether the road has ended (reported back, or not accepted). */
  public boolean isEnded() {
    return OnwardWorkflow.TABLE.terminalStates().contains(state);
  }
}
