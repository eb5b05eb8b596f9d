package org.db3311.sgc.core.evaluation.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Rate;

/**
 * Use cases of improvement (9.3): corrective actions set from evaluation results (9.3.1) and a
 * follow-up re-check whose every result is disclosed on the public board and fed back the moment it
 * is recorded (9.3.3); each reported correction is due for re-check within the period its finding's
 * source is given ({@link RecheckDeadlines}), counted on the working-day calendar.
 */
@Implements({"9.3.1", "9.3.3", "R9"})
public final class CorrectiveActionService implements CorrectiveActionUseCases {

  private final CorrectiveActionRepository actions;
  private final RecheckBoard board;
  private final RecheckDeadlines recheckDeadlines;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final List<RecheckListener> listeners = new CopyOnWriteArrayList<>();
  private final List<ItemFailure> failedFeedback = new CopyOnWriteArrayList<>();
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  public CorrectiveActionService(
      CorrectiveActionRepository actions,
      SequenceGenerator ids,
      RecheckBoard board,
      RecheckDeadlines recheckDeadlines,
      WorkingCalendar calendar,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.actions = Objects.requireNonNull(actions, "actions");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.board = Objects.requireNonNull(board, "board");
    this.recheckDeadlines = Objects.requireNonNull(recheckDeadlines, "recheckDeadlines");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void onRecheck(RecheckListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** As {@link #raise(Command)}, returning the action itself. */
  public CorrectiveAction raise(
      Finding finding, UnitId owner, String measure, LocalDate due, Actor by) {
    return raiseAction(new Command(finding, owner, measure, due, by));
  }

  @Override
  public CorrectiveActionSnapshot raise(Command command) {
    return raiseAction(command).snapshot();
  }

  private CorrectiveAction raiseAction(Command c) {
    Finding finding = c.finding();
    UnitId owner = c.owner();
    String measure = c.measure();
    LocalDate due = c.due();
    Actor by = c.by();
    CorrectiveAction a =
        new CorrectiveAction(
            CorrectiveActionId.of(
                "CA-"
                    + LocalDate.now(clock).getYear()
                    + "-"
                    + String.format("%04d", ids.next("CA" + LocalDate.now(clock).getYear()))),
            finding,
            owner,
            measure,
            due,
            clock.instant(),
            by);
    store(a);
    return a;
  }

  /**
   * Raises one action per department and metric below its target in the sheet, unless an action for
   * the same finding is still open. The measure is for the owner to fill in; the action starts by
   * asking for it.
   */
  public List<CorrectiveAction> raiseFromSheet(
      EvaluationSheet sheet, MetricTargets targets, LocalDate due, Actor by) {
    List<CorrectiveAction> raised = new ArrayList<>();
    for (Map.Entry<UnitId, Map<MetricKind, Rate>> dept : sheet.departments().entrySet()) {
      for (Map.Entry<MetricKind, Rate> m : dept.getValue().entrySet()) {
        BigDecimal target = targets.of(m.getKey()).orElse(null);
        if (target == null || !m.getValue().defined()) {
          continue;
        }
        BigDecimal value = m.getValue().percent(2).orElseThrow();
        if (value.compareTo(target) >= 0) {
          continue;
        }
        String reference =
            m.getKey()
                + "/"
                + dept.getKey().value()
                + "/"
                + sheet.period().label()
                + "/v"
                + sheet.versions().get(m.getKey());
        boolean open =
            actions.all().stream()
                .anyMatch(
                    a ->
                        a.finding().reference().equals(reference)
                            && a.state() != CorrectiveAction.State.VERIFIED);
        if (open) {
          continue;
        }
        raised.add(
            raise(
                new Finding(
                    FindingSource.EVALUATION_FIGURE,
                    reference,
                    m.getKey() + " " + value + " % below the target " + target + " %"),
                dept.getKey(),
                "analyse the causes and set measures to bring "
                    + m.getKey()
                    + " back to "
                    + target
                    + " %",
                due,
                by));
      }
    }
    return raised;
  }

  public CorrectiveAction reportCorrection(CorrectiveActionId id, String account, Actor by) {
    CorrectiveAction a = get(id);
    LocalDate recheckDue =
        Deadline.startingOn(recheckDeadlines.ruleFor(a.finding().source()), LocalDate.now(clock))
            .dueDate(calendar);
    a.reportCorrection(
        new CorrectiveAction.CorrectionReport(clock.instant(), by, account), recheckDue);
    store(a);
    return a;
  }

  /** Records a re-check, discloses it and feeds it back at once. */
  public RecheckResult recheck(CorrectiveActionId id, boolean passed, String notes, Actor by) {
    CorrectiveAction a = get(id);
    RecheckResult r = a.recheck(clock.instant(), by, passed, notes);
    store(a);
    board.publish(
        new PublishedRecheck(
            a.id(),
            a.owner(),
            a.finding().description(),
            a.measure(),
            r.round(),
            r.passed(),
            r.notes(),
            r.at()));
    // the re-check is recorded and disclosed: a listener that fails must not keep it from the
    // others
    for (RecheckListener l : listeners) {
      try {
        l.rechecked(a, r);
      } catch (RuntimeException e) {
        failedFeedback.add(ItemFailure.of(a.id() + " re-check " + r.round(), e));
      }
    }
    return r;
  }

  /** Re-check results a listener failed to feed back, for someone to send by hand. */
  public List<ItemFailure> failedFeedback() {
    return List.copyOf(failedFeedback);
  }

  /**
   * Reported corrections whose re-check is past its due date (9.3.3). An action that cannot be read
   * is reported in the result and the others are still listed.
   */
  public SweepResult<CorrectiveAction> rechecksOverdue() {
    LocalDate today = LocalDate.now(clock);
    return sweep(a -> a.isRecheckOverdue(today));
  }

  /**
   * Actions not verified by their due date; failing actions reported as for {@link
   * #rechecksOverdue}.
   */
  public SweepResult<CorrectiveAction> overdue() {
    LocalDate today = LocalDate.now(clock);
    return sweep(a -> a.isOverdue(today));
  }

  private SweepResult<CorrectiveAction> sweep(java.util.function.Predicate<CorrectiveAction> keep) {
    List<CorrectiveAction> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (CorrectiveActionId id : actions.ids()) {
      try {
        CorrectiveAction a = get(id);
        if (keep.test(a)) {
          out.add(a);
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }

  private void store(CorrectiveAction a) {
    actions.save(a);
    recorder.record(a);
  }

  private CorrectiveAction get(CorrectiveActionId id) {
    return actions.find(id).orElseThrow(() -> new CorrectiveActionNotFoundException(id));
  }

  @Override
  public CorrectiveActionSnapshot reportCorrection(ReportCorrection command) {
    return reportCorrection(command.id(), command.account(), command.by()).snapshot();
  }

  @Override
  public RecheckResult recheck(Recheck command) {
    return recheck(command.id(), command.passed(), command.notes(), command.by());
  }

  @Override
  public CorrectiveActionSnapshot action(CorrectiveActionId id) {
    return get(id).snapshot();
  }

  @Override
  public SweepResult<CorrectiveActionSnapshot> actions() {
    return snapshots(sweep(a -> true));
  }

  @Override
  public List<PublishedRecheck> publishedRechecks() {
    return List.copyOf(board.published());
  }

  @Override
  public SweepResult<CorrectiveActionSnapshot> overdueActions() {
    return snapshots(overdue());
  }

  @Override
  public SweepResult<CorrectiveActionSnapshot> overdueRechecks() {
    return snapshots(rechecksOverdue());
  }

  private static SweepResult<CorrectiveActionSnapshot> snapshots(SweepResult<CorrectiveAction> r) {
    return new SweepResult<>(
        r.items().stream().map(CorrectiveAction::snapshot).toList(), r.failed());
  }
}
