package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DeadlineRecompute;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;

/**
 * A supervision file (督办件): the center's watch over one accepted matter handled by a unit, with a
 * deadline on every time-limited step (sign-for, handling, feedback, review) counted on the
 * working-day calendar, pauses while waiting on the applicant, approved extensions, and escalating
 * supervision notices. Its history answers what state it was in at any past instant, which is what
 * the unified view (8.2.4) counts.
 *
 * <p>The file knows its subject only by reference (e.g. a registration number), so supervision does
 * not depend on the subdomains it supervises.
 */
@Implements({"6.2.1.3", "8.2.4"})
public final class SupervisionFile extends AggregateRoot<SupervisionEvent> {

  private final String subject;
  private final String title;
  private final String categoryCode;
  private UnitId unit;
  private Set<UnitId> participants;
  private SupervisionState state;
  private final Instant openedAt;
  private final Map<Step, DeadlineRule> rules;
  private final List<StepClock> clocks;
  private final List<SupervisionNotice> notices;
  private final List<SupervisionSnapshot.HistoryEntry> history;
  private final Map<String, Long> followed;
  private Optional<LocalDate> nextDeadline;
  private final List<SupervisionFlag> flags;

  private SupervisionFile(SupervisionSnapshot s, Version version) {
    super(version);
    this.subject = s.subject();
    this.title = s.title();
    this.categoryCode = s.categoryCode();
    this.unit = s.unit();
    this.participants = s.participants();
    this.state = s.state();
    this.openedAt = s.openedAt();
    this.rules = s.rules();
    this.clocks = new ArrayList<>(s.clocks());
    this.notices = new ArrayList<>(s.notices());
    this.history = new ArrayList<>(s.history());
    this.followed = new java.util.HashMap<>(s.followed());
    this.nextDeadline = s.nextDeadline();
    this.flags = new ArrayList<>(s.flags());
  }

  public static SupervisionFile fromSnapshot(SupervisionSnapshot s, Version version) {
    return new SupervisionFile(s, version);
  }

  /**
   * Opens a file for a matter just assigned to a lead unit, with the other units taking part (a
   * joint mediation, 6.2.1.1.1; an event handled by several units, 6.3.1.1); the assignment-started
   * clocks run.
   */
  public static SupervisionFile open(
      String subject,
      String title,
      String categoryCode,
      UnitId unit,
      Set<UnitId> participants,
      Map<Step, DeadlineRule> rules,
      Actor actor,
      Instant at,
      LocalDate day) {
    SupervisionFile f =
        create(
            subject, title, categoryCode, unit, participants, SupervisionState.ASSIGNED, rules, at);
    f.startClocks(DeadlinePolicy.RECEIVED, at, day);
    f.startClocks(DeadlinePolicy.ACCEPTED, at, day);
    f.startClocks(DeadlinePolicy.ASSIGNED, at, day);
    f.raiseOpened(
        actor, at, "assigned to " + unit + (participants.isEmpty() ? "" : " with " + participants));
    return f;
  }

  /**
   * Opens the file of a matter not yet accepted whose applicant was asked for a supplement: the
   * applicant's clock runs from now, none of the center's.
   *
   * @param center the center's unit that holds the matter until it is assigned
   */
  @Implements({"6.2.1.3", "8.2.4"})
  public static SupervisionFile openAwaitingSupplement(
      String subject,
      String title,
      String categoryCode,
      UnitId center,
      Map<Step, DeadlineRule> rules,
      Actor actor,
      Instant at) {
    SupervisionFile f =
        create(
            subject,
            title,
            categoryCode,
            center,
            Set.of(),
            SupervisionState.AWAITING_SUPPLEMENT,
            rules,
            at);
    f.raiseOpened(actor, at, "supplement requested of the applicant");
    return f;
  }

  /**
   * Opens the file of a matter just accepted, held by the center until it is assigned: the clocks
   * counted from acceptance start today, those counted from receipt on the day of receipt.
   */
  @Implements({"6.2.1.3", "8.2.4"})
  public static SupervisionFile openAccepted(
      String subject,
      String title,
      String categoryCode,
      UnitId center,
      Map<Step, DeadlineRule> rules,
      LocalDate receivedOn,
      Actor actor,
      Instant at,
      LocalDate day) {
    SupervisionFile f =
        create(
            subject, title, categoryCode, center, Set.of(), SupervisionState.ACCEPTED, rules, at);
    f.startClocks(DeadlinePolicy.RECEIVED, at, receivedOn);
    f.startClocks(DeadlinePolicy.ACCEPTED, at, day);
    f.raiseOpened(actor, at, "accepted; received on " + receivedOn);
    return f;
  }

  private static SupervisionFile create(
      String subject,
      String title,
      String categoryCode,
      UnitId unit,
      Set<UnitId> participants,
      SupervisionState state,
      Map<Step, DeadlineRule> rules,
      Instant at) {
    return new SupervisionFile(
        new SupervisionSnapshot(
            subject,
            title,
            categoryCode,
            unit,
            participants,
            state,
            at,
            rules,
            List.of(),
            List.of(),
            List.of(new SupervisionSnapshot.HistoryEntry(at, state, unit, participants))),
        Version.NEW);
  }

  private void raiseOpened(Actor actor, Instant at, String detail) {
    raise(
        new SupervisionEvent(
            subject,
            nextVersion(),
            SupervisionAction.OPEN,
            Optional.empty(),
            state,
            actor,
            at,
            detail,
            snapshot()));
  }

  /** The intake asked the applicant (again) for a supplement: the applicant's clock runs. */
  public void requestSupplement(Actor actor, Instant at) {
    SupervisionState to = next(SupervisionAction.REQUEST_SUPPLEMENT);
    move(SupervisionAction.REQUEST_SUPPLEMENT, to, actor, at, "supplement requested again");
  }

  /**
   * The applicant supplied materials: the applicant's clock stops, the decision is the center's.
   */
  public void supplyMaterials(Actor actor, Instant at) {
    SupervisionState to = next(SupervisionAction.SUPPLY_MATERIALS);
    move(SupervisionAction.SUPPLY_MATERIALS, to, actor, at, "materials supplied");
  }

  /**
   * The matter was accepted after a supplement: the clocks counted from acceptance start today,
   * those counted from receipt on the day of receipt (so the time the applicant took counts where
   * the governing law counts from receipt).
   */
  public void accept(LocalDate receivedOn, Actor actor, Instant at, LocalDate day) {
    SupervisionState to = next(SupervisionAction.ACCEPT);
    startClocks(DeadlinePolicy.RECEIVED, at, receivedOn);
    startClocks(DeadlinePolicy.ACCEPTED, at, day);
    move(SupervisionAction.ACCEPT, to, actor, at, "accepted; received on " + receivedOn);
  }

  /** The matter was refused or withdrawn before acceptance. */
  public void notAccepted(String reason, Actor actor, Instant at) {
    requireText(reason, "state why the matter was not accepted");
    SupervisionState to = next(SupervisionAction.NOT_ACCEPT);
    move(SupervisionAction.NOT_ACCEPT, to, actor, at, "not accepted: " + reason);
  }

  /**
   * The matter reached a stage at the center: received for triage, mediation opened, found suitable
   * or unsuitable, consent refused. Its clocks run on, against the center.
   */
  public void reachStage(SupervisionAction stage, String detail, Actor actor, Instant at) {
    if (!STAGES.contains(stage)) {
      throw new IllegalArgumentException(stage + " is not a stage at the center");
    }
    SupervisionState to = next(stage);
    move(stage, to, actor, at, detail);
  }

  private static final Set<SupervisionAction> STAGES =
      java.util.EnumSet.of(
          SupervisionAction.RECEIVE_EVENT,
          SupervisionAction.OPEN_MEDIATION,
          SupervisionAction.FIND_SUITABLE,
          SupervisionAction.FIND_UNSUITABLE,
          SupervisionAction.REFUSE_CONSENT);

  /**
   * Marks the file (e.g. an escalated event, 6.3.1.2, led by the fallback leader) so the unified
   * view lists it apart whatever its state; the state does not change. A file already carrying a
   * flag of the kind keeps the first.
   *
   * @return false when the file already carried a flag of the kind
   */
  @Implements({"8.2.4", "6.3.1.2"})
  public boolean flag(SupervisionFlag.Kind kind, String detail, Actor actor, Instant at) {
    if (flags.stream().anyMatch(x -> x.kind() == kind)) {
      return false;
    }
    SupervisionFlag flag = new SupervisionFlag(kind, detail, at);
    SupervisionState to = next(SupervisionAction.FLAG);
    flags.add(flag);
    move(SupervisionAction.FLAG, to, actor, at, kind + ": " + detail);
    return true;
  }

  /**
   * Whether the file has already applied this or a later event of the followed aggregate (a
   * redelivered event is ignored).
   */
  public boolean hasApplied(String source, Version version) {
    return followed.getOrDefault(source, Version.NEW.value()) >= version.value();
  }

  /** Records that the file applied this event of the followed aggregate. */
  public void applied(String source, Version version) {
    followed.merge(source, version.value(), Math::max);
  }

  public void signFor(Actor actor, Instant at, LocalDate day) {
    SupervisionState to = next(SupervisionAction.SIGN_FOR);
    meet(Step.SIGN_FOR, at);
    startClocks(DeadlinePolicy.SIGNED_FOR, at, day);
    move(SupervisionAction.SIGN_FOR, to, actor, at, "signed for by " + unit);
  }

  /**
   * Hands the matter to another lead unit, with the units now taking part; its sign-for (and
   * assignment-started) clocks restart. The handling period runs on from acceptance: the earlier
   * unit's clocks, notices and history stay as they were ({@link #accountability()}).
   */
  public void reassign(
      UnitId newUnit,
      Set<UnitId> newParticipants,
      String reason,
      Actor actor,
      Instant at,
      LocalDate day) {
    Objects.requireNonNull(newUnit, "newUnit");
    Set<UnitId> checked = SupervisionSnapshot.checkedParticipants(newUnit, newParticipants);
    requireText(reason, "a reassignment states why");
    SupervisionState to = next(SupervisionAction.REASSIGN);
    UnitId old = unit;
    unit = newUnit;
    participants = checked;
    startClocks(DeadlinePolicy.ASSIGNED, at, day);
    move(SupervisionAction.REASSIGN, to, actor, at, "reassigned from " + old + ": " + reason);
  }

  /**
   * The assigned unit declines the matter as outside its remit: the file goes back to the center
   * ({@code center}, without participants) to be assigned again. The declining unit's sign-for
   * clock ends, superseded, so it is neither noticed nor counted overdue for a matter it no longer
   * holds; the handling period keeps running, now against the center, and on after the
   * re-assignment, which starts only the assignment clocks afresh.
   */
  public void decline(UnitId center, String reason, Actor actor, Instant at) {
    Objects.requireNonNull(center, "center");
    requireText(reason, "a declined assignment states why");
    SupervisionState to = next(SupervisionAction.DECLINE);
    UnitId old = unit;
    unit = center;
    participants = Set.of();
    endRunning(Step.SIGN_FOR, at, false);
    move(
        SupervisionAction.DECLINE,
        to,
        actor,
        at,
        "declined by " + old + ": " + reason + "; back to " + center + " for triage");
  }

  /** Stops the clocks while waiting on the applicant. */
  public void pause(String reason, Actor actor, Instant at, LocalDate day) {
    requireText(reason, "a pause states what is awaited");
    SupervisionState to = next(SupervisionAction.PAUSE);
    replaceRunning(
        c -> c.deadline().isPaused() ? c : c.with(c.deadline().pausedFrom(day, reason, at)));
    move(SupervisionAction.PAUSE, to, actor, at, "paused: " + reason);
  }

  public void resume(Actor actor, Instant at, LocalDate day) {
    SupervisionState to = next(SupervisionAction.RESUME);
    replaceRunning(c -> c.deadline().isPaused() ? c.with(c.deadline().resumedOn(day, at)) : c);
    move(SupervisionAction.RESUME, to, actor, at, "resumed");
  }

  /**
   * Records an approved extension of a running step.
   *
   * @throws IllegalArgumentException when the step's rule allows no (more) extension
   * @throws IllegalTransitionException when the step has no running deadline
   */
  public void extend(Step step, Extension extension, Actor actor, Instant at) {
    SupervisionState to = next(SupervisionAction.EXTEND);
    int i = runningIndex(step, SupervisionAction.EXTEND);
    clocks.set(i, clocks.get(i).with(clocks.get(i).deadline().extendedBy(extension)));
    move(
        SupervisionAction.EXTEND,
        to,
        actor,
        at,
        step
            + " extended by "
            + extension.added()
            + ", approved by "
            + extension.approver().name());
  }

  /** The unit reports it has handled the matter; the feedback clock starts. */
  public void reportHandled(String summary, Actor actor, Instant at, LocalDate day) {
    requireText(summary, "a handling report summarises the result");
    SupervisionState to = next(SupervisionAction.REPORT_HANDLED);
    meet(Step.HANDLING, at);
    startClocks(DeadlinePolicy.HANDLED, at, day);
    move(SupervisionAction.REPORT_HANDLED, to, actor, at, "handled: " + summary);
  }

  /**
   * The center sends the handling back; the handling step runs again against its old deadline. The
   * ended handling clock is kept as it was (so the view of an earlier instant is unchanged) and a
   * new one continues its deadline from now.
   */
  public void returnToUnit(String reason, Actor actor, Instant at) {
    requireText(reason, "a return states why");
    SupervisionState to = next(SupervisionAction.RETURN);
    endRunning(Step.FEEDBACK, at, false);
    for (int i = clocks.size() - 1; i >= 0; i--) {
      StepClock c = clocks.get(i);
      if (c.step() == Step.HANDLING) {
        clocks.add(
            new StepClock(c.step(), c.deadline(), at, Optional.empty(), false, c.lastNotice()));
        break;
      }
    }
    move(SupervisionAction.RETURN, to, actor, at, "returned: " + reason);
  }

  /** Completes the file (办结); the review clock starts where the category has one. */
  public void complete(Actor actor, Instant at, LocalDate day) {
    SupervisionState to = next(SupervisionAction.COMPLETE);
    endRunning(Step.FEEDBACK, at, true);
    startClocks(DeadlinePolicy.COMPLETED, at, day);
    move(SupervisionAction.COMPLETE, to, actor, at, "completed");
  }

  public void recordReview(Actor actor, Instant at) {
    SupervisionState to = next(SupervisionAction.RECORD_REVIEW);
    meet(Step.REVIEW, at);
    move(SupervisionAction.RECORD_REVIEW, to, actor, at, "review recorded");
  }

  /**
   * Reopens a completed file (e.g. after a dissatisfied follow-up) with a fresh handling period.
   */
  public void reopen(String reason, Actor actor, Instant at, LocalDate day) {
    requireText(reason, "reopening states why");
    SupervisionState to = next(SupervisionAction.REOPEN);
    endRunning(Step.REVIEW, at, false);
    DeadlineRule handling = rules.get(Step.HANDLING);
    if (handling != null) {
      clocks.add(StepClock.start(Step.HANDLING, Deadline.startingOn(handling, day), at));
    }
    move(SupervisionAction.REOPEN, to, actor, at, "reopened: " + reason);
  }

  /**
   * Completes a file whose matter ended before the unit reported handling it (unsuitable for
   * mediation, a party's consent refused): the handling step counts as done, an unmet sign-for as
   * superseded, and the completion-started clocks (e.g. the review) run.
   */
  public void conclude(String reason, Actor actor, Instant at, LocalDate day) {
    requireText(reason, "a conclusion states why the matter ended");
    SupervisionState to = next(SupervisionAction.CONCLUDE);
    endRunning(Step.SIGN_FOR, at, false);
    for (Step step : Step.values()) {
      if (step != Step.SIGN_FOR) {
        endRunning(step, at, true);
      }
    }
    startClocks(DeadlinePolicy.COMPLETED, at, day);
    move(SupervisionAction.CONCLUDE, to, actor, at, "concluded: " + reason);
  }

  /** The notices now due: steps whose deadline reached a higher level than last notified. */
  public List<SupervisionNotice> noticesDue(
      EscalationPolicy policy, WorkingCalendar calendar, Instant at, LocalDate day) {
    List<SupervisionNotice> due = new ArrayList<>();
    for (StepClock c : clocks) {
      if (!c.isRunning() || c.deadline().isPaused()) {
        continue;
      }
      LocalDate dueDate = c.deadline().dueDate(calendar, day);
      Optional<NoticeLevel> level = policy.levelOn(dueDate, day, calendar);
      if (level.isPresent() && c.lastNotice().map(l -> l.compareTo(level.get()) < 0).orElse(true)) {
        due.add(new SupervisionNotice(c.step(), level.get(), dueDate, unit, at));
      }
    }
    return due;
  }

  /**
   * Recounts every running deadline that was provisional on {@code announcedWith} on {@code now},
   * which holds the official arrangement, keeping each no earlier than its announced provisional
   * day (ruling R10). A file with no such deadline is left untouched.
   *
   * @return what became of each provisional deadline, by step; empty when there was none
   */
  @Implements("R10")
  public Map<Step, DeadlineRecompute.Result> recomputeProvisional(
      WorkingCalendar announcedWith, WorkingCalendar now, Instant at, LocalDate day) {
    Map<Step, DeadlineRecompute.Result> results = new java.util.LinkedHashMap<>();
    for (int i = 0; i < clocks.size(); i++) {
      StepClock c = clocks.get(i);
      if (!c.isRunning() || !c.due(announcedWith, day).provisional()) {
        continue;
      }
      DeadlineRecompute.Result r =
          DeadlineRecompute.recompute(c.deadline(), announcedWith, now, day);
      clocks.set(i, c.with(r.deadline()));
      results.put(c.step(), r);
    }
    if (!results.isEmpty()) {
      SupervisionState to = next(SupervisionAction.RECOMPUTE_DEADLINES);
      StringBuilder detail = new StringBuilder("deadlines recomputed on the official arrangement:");
      results.forEach(
          (step, r) ->
              detail
                  .append(' ')
                  .append(step)
                  .append(' ')
                  .append(r.announced().display())
                  .append(" → ")
                  .append(r.recomputed().display()));
      move(SupervisionAction.RECOMPUTE_DEADLINES, to, Actor.SYSTEM, at, detail.toString());
    }
    return results;
  }

  /** Records a notice as issued. */
  public void issue(SupervisionNotice notice, Actor actor) {
    SupervisionState to = next(SupervisionAction.ISSUE_NOTICE);
    int i = runningIndex(notice.step(), SupervisionAction.ISSUE_NOTICE);
    clocks.set(i, clocks.get(i).noticed(notice.level()));
    notices.add(notice);
    move(
        SupervisionAction.ISSUE_NOTICE,
        to,
        actor,
        notice.issuedAt(),
        notice.level() + " notice on " + notice.step() + " due " + notice.dueDate());
  }

  /** The state and units the file had at an instant; empty before it was opened. */
  public Optional<SupervisionSnapshot.HistoryEntry> at(Instant instant) {
    SupervisionSnapshot.HistoryEntry found = null;
    for (SupervisionSnapshot.HistoryEntry h : history) {
      if (!h.at().isAfter(instant)) {
        found = h;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Each lead unit's time with the matter, oldest first: when it took the matter and handed it on,
   * the step clocks that ran while it held it (as they ended, or run on) and the notices issued to
   * it. A reassignment adds a record and changes none: the earlier unit stays answerable for its
   * own time.
   */
  @Implements("6.2.1.3")
  public List<Accountability> accountability() {
    List<Accountability> records = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      SupervisionSnapshot.HistoryEntry h = history.get(i);
      if (i == 0 || !history.get(i - 1).unit().equals(h.unit())) {
        records.add(new Accountability(h.unit(), h.at(), Optional.empty(), List.of(), List.of()));
      }
    }
    List<Accountability> closed = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Accountability r = records.get(i);
      Optional<Instant> until =
          i + 1 < records.size() ? Optional.of(records.get(i + 1).from()) : Optional.empty();
      // started while the unit held the matter, or carried over to it still running
      List<StepClock> ran =
          clocks.stream()
              .filter(c -> until.map(u -> c.startedAt().isBefore(u)).orElse(true))
              .filter(
                  c ->
                      !c.startedAt().isBefore(r.from())
                          || c.endedAt().map(e -> e.isAfter(r.from())).orElse(true))
              .toList();
      List<SupervisionNotice> sent =
          notices.stream()
              .filter(n -> n.unit().equals(r.unit()))
              .filter(n -> !n.issuedAt().isBefore(r.from()))
              .filter(n -> until.map(u -> n.issuedAt().isBefore(u)).orElse(true))
              .toList();
      closed.add(new Accountability(r.unit(), r.from(), until, ran, sent));
    }
    return List.copyOf(closed);
  }

  /**
   * One lead unit's time with the matter (责任记录).
   *
   * @param until when the matter went to another unit; empty while the unit holds it
   * @param clocks the step clocks that ran while it held the matter
   * @param notices the supervision notices issued to it meanwhile
   */
  public record Accountability(
      UnitId unit,
      Instant from,
      Optional<Instant> until,
      List<StepClock> clocks,
      List<SupervisionNotice> notices) {
    public Accountability {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      clocks = List.copyOf(clocks);
      notices = List.copyOf(notices);
    }
  }

  /** Whether some step was running past its last day at the instant. */
  public boolean overdueAt(Instant instant, LocalDate day, WorkingCalendar calendar) {
    return clocks.stream().anyMatch(c -> c.overdueAt(instant, day, calendar));
  }

  /**
   * Computes the earliest last day among the running clocks on the calendar and keeps it in the
   * file, where a repository can index it ({@link SupervisionSnapshot#nextDeadline()}). A clock
   * standing still for the applicant counts only when it was already past its last day when it
   * stopped (it stays overdue while it stands still); otherwise its last day moves on every day it
   * stands still and is computed again when it resumes.
   *
   * <p>A clock whose last day the calendar cannot compute (a year without holiday data) counts with
   * the earliest day its last day can be: the first day of the year without data, or its start day
   * when the calendar does not say which year. The file so shows on the near-deadline list, in the
   * sweep (which reports why the deadline cannot be computed) and then as overdue as soon as the
   * missing data is needed, rather than dropping out of sight.
   */
  @Implements({"6.2.1.3", "R9"})
  public void schedule(WorkingCalendar calendar) {
    LocalDate earliest = null;
    for (StepClock c : clocks) {
      if (!c.isRunning()) {
        continue;
      }
      Optional<LocalDate> due;
      try {
        due = dueDate(c.deadline(), calendar);
      } catch (org.db3311.sgc.core.calendar.CalendarDataMissingException e) {
        LocalDate missing = LocalDate.of(e.year(), 1, 1);
        due = Optional.of(missing.isAfter(c.deadline().start()) ? missing : c.deadline().start());
      } catch (RuntimeException e) {
        due = Optional.of(c.deadline().start());
      }
      if (due.isPresent() && (earliest == null || due.get().isBefore(earliest))) {
        earliest = due.get();
      }
    }
    nextDeadline = Optional.ofNullable(earliest);
  }

  /** The clock's last day; empty while it stands still within its time. */
  private static Optional<LocalDate> dueDate(Deadline d, WorkingCalendar calendar) {
    if (!d.isPaused()) {
      return Optional.of(d.dueDate(calendar));
    }
    LocalDate stoppedOn =
        d.pauses().stream()
            .filter(org.db3311.sgc.core.calendar.Pause::isOpen)
            .findFirst()
            .orElseThrow()
            .from();
    LocalDate due = d.dueDate(calendar, stoppedOn);
    return due.isBefore(stoppedOn) ? Optional.of(due) : Optional.empty();
  }

  /** The earliest last day among the running clocks, as last {@link #schedule scheduled}. */
  public Optional<LocalDate> nextDeadline() {
    return nextDeadline;
  }

  /** The title of the supervised matter. */
  public String title() {
    return title;
  }

  /** The running clock of a step, if any. */
  public Optional<StepClock> running(Step step) {
    return clocks.stream().filter(c -> c.step() == step && c.isRunning()).findFirst();
  }

  private SupervisionState next(SupervisionAction action) {
    return SupervisionWorkflow.TABLE.next(state, action, subject);
  }

  private void startClocks(String event, Instant at, LocalDate day) {
    rules.forEach(
        (step, rule) -> {
          if (rule.startEvent().equals(event)) {
            endRunning(step, at, false);
            clocks.add(StepClock.start(step, Deadline.startingOn(rule, day), at));
          }
        });
  }

  private void meet(Step step, Instant at) {
    endRunning(step, at, true);
  }

  private void endRunning(Step step, Instant at, boolean met) {
    for (int i = 0; i < clocks.size(); i++) {
      StepClock c = clocks.get(i);
      if (c.step() == step && c.isRunning()) {
        clocks.set(i, c.ended(at, met));
      }
    }
  }

  /**
   * @throws IllegalTransitionException naming the state and the action when the step has no running
   *     deadline (e.g. an extension of the feedback period before the unit reported)
   */
  private int runningIndex(Step step, SupervisionAction action) {
    for (int i = 0; i < clocks.size(); i++) {
      if (clocks.get(i).step() == step && clocks.get(i).isRunning()) {
        return i;
      }
    }
    throw new IllegalTransitionException(
        "SupervisionFile " + subject + " (no running " + step + " deadline)", state, action);
  }

  private void replaceRunning(java.util.function.UnaryOperator<StepClock> f) {
    for (int i = 0; i < clocks.size(); i++) {
      if (clocks.get(i).isRunning()) {
        clocks.set(i, f.apply(clocks.get(i)));
      }
    }
  }

  private void move(
      SupervisionAction action, SupervisionState to, Actor actor, Instant at, String detail) {
    SupervisionState from = state;
    state = to;
    if (from != to || action == SupervisionAction.REASSIGN) {
      history.add(new SupervisionSnapshot.HistoryEntry(at, to, unit, participants));
    }
    raise(
        new SupervisionEvent(
            subject, nextVersion(), action, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  public SupervisionSnapshot snapshot() {
    return new SupervisionSnapshot(
        subject,
        title,
        categoryCode,
        unit,
        participants,
        state,
        openedAt,
        rules,
        clocks,
        notices,
        history,
        followed,
        nextDeadline,
        flags);
  }

  /** The markers the unified view lists apart, oldest first. */
  public List<SupervisionFlag> flags() {
    return List.copyOf(flags);
  }

  public String subject() {
    return subject;
  }

  /** The lead unit. */
  public UnitId unit() {
    return unit;
  }

  /** The units taking part besides the lead. */
  public Set<UnitId> participants() {
    return participants;
  }

  public SupervisionState state() {
    return state;
  }

  public List<StepClock> clocks() {
    return List.copyOf(clocks);
  }

  public List<SupervisionNotice> notices() {
    return List.copyOf(notices);
  }

  public String categoryCode() {
    return categoryCode;
  }
}
