package org.db3311.sgc.core.evaluation.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.TransitionTable;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;

/**
 * A corrective action (纠正措施, 9.3.1): a finding, the measure, the unit that owns it and its due
 * date; the owner reports the correction, a re-check (复查, 9.3.3) verifies it, and a failed re-check
 * sends it back to work.
 *
 * <pre>
 * OPEN --REPORT_CORRECTION--> CORRECTION_REPORTED --RECHECK_PASSED--> VERIFIED
 *   ^                                  |
 *   +----------RECHECK_FAILED----------+
 * </pre>
 */
@Implements({"9.3.1", "9.3.3"})
public final class CorrectiveAction extends AggregateRoot<CorrectiveActionEvent> {

  public enum State {
    OPEN,
    CORRECTION_REPORTED,
    VERIFIED
  }

  public enum Action {
    /** Creates the action; not a transition of the table. */
    RAISE,
    REPORT_CORRECTION,
    RECHECK_PASSED,
    RECHECK_FAILED
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("corrective action", State.class, Action.class)
          .initial(State.OPEN)
          .allow(State.OPEN, Action.REPORT_CORRECTION, State.CORRECTION_REPORTED)
          .allow(State.CORRECTION_REPORTED, Action.RECHECK_PASSED, State.VERIFIED)
          .allow(State.CORRECTION_REPORTED, Action.RECHECK_FAILED, State.OPEN)
          .build();

  /** A correction as the owner reported it. */
  public record CorrectionReport(Instant at, Actor by, String account) {
    public CorrectionReport {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
      if (account == null || account.isBlank()) {
        throw new IllegalArgumentException("a correction report says what was done");
      }
    }
  }

  private final CorrectiveActionId id;
  private final Finding finding;
  private final UnitId owner;
  private final String measure;
  private final LocalDate due;
  private final Instant raisedAt;
  private final Actor raisedBy;
  private State state = State.OPEN;
  private Optional<LocalDate> recheckDue = Optional.empty();
  private final List<CorrectionReport> corrections = new ArrayList<>();
  private final List<RecheckResult> rechecks = new ArrayList<>();

  public CorrectiveAction(
      CorrectiveActionId id,
      Finding finding,
      UnitId owner,
      String measure,
      LocalDate due,
      Instant raisedAt,
      Actor raisedBy) {
    super(Version.NEW);
    Objects.requireNonNull(id, "id");
    if (measure == null || measure.isBlank()) {
      throw new IllegalArgumentException("corrective action " + id + " has a measure");
    }
    this.id = id;
    this.finding = Objects.requireNonNull(finding, "finding");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.measure = measure;
    this.due = Objects.requireNonNull(due, "due");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
    raise(
        new CorrectiveActionEvent(
            id,
            nextVersion(),
            Action.RAISE,
            Optional.empty(),
            State.OPEN,
            raisedBy,
            raisedAt,
            finding.source() + " " + finding.reference() + ": " + measure + " by " + owner));
  }

  private CorrectiveAction(CorrectiveActionSnapshot s, Version version) {
    super(version);
    this.id = s.id();
    this.finding = s.finding();
    this.owner = s.owner();
    this.measure = s.measure();
    this.due = s.due();
    this.raisedAt = s.raisedAt();
    this.raisedBy = s.raisedBy();
    this.state = s.state();
    this.recheckDue = s.recheckDue();
    this.corrections.addAll(s.corrections());
    this.rechecks.addAll(s.rechecks());
  }

  /** Rebuilds a stored action. */
  public static CorrectiveAction fromSnapshot(CorrectiveActionSnapshot snapshot, Version version) {
    return new CorrectiveAction(snapshot, version);
  }

  /** Everything the action holds, as an immutable value. */
  public CorrectiveActionSnapshot snapshot() {
    return new CorrectiveActionSnapshot(
        id,
        finding,
        owner,
        measure,
        due,
        raisedAt,
        raisedBy,
        state,
        recheckDue,
        corrections,
        rechecks);
  }

  /** The owner reports the correction; the re-check is due by {@code recheckDue} (9.3.3). */
  public void reportCorrection(CorrectionReport report, LocalDate recheckDue) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(recheckDue, "recheckDue");
    State next = WORKFLOW.next(state, Action.REPORT_CORRECTION);
    corrections.add(report);
    this.recheckDue = Optional.of(recheckDue);
    move(
        Action.REPORT_CORRECTION,
        next,
        report.by(),
        report.at(),
        report.account() + "; re-check due " + recheckDue);
  }

  /** Records a re-check and returns it, numbered as the next round. */
  public RecheckResult recheck(Instant at, Actor by, boolean passed, String notes) {
    State next = WORKFLOW.next(state, passed ? Action.RECHECK_PASSED : Action.RECHECK_FAILED);
    RecheckResult r = new RecheckResult(rechecks.size() + 1, at, by, passed, notes);
    rechecks.add(r);
    recheckDue = Optional.empty();
    move(
        passed ? Action.RECHECK_PASSED : Action.RECHECK_FAILED,
        next,
        by,
        at,
        "re-check " + r.round() + ": " + notes);
    return r;
  }

  private void move(Action action, State next, Actor by, Instant at, String detail) {
    State from = state;
    state = next;
    raise(
        new CorrectiveActionEvent(
            id, nextVersion(), action, Optional.of(from), next, by, at, detail));
  }

  public boolean isOverdue(LocalDate today) {
    return state != State.VERIFIED && today.isAfter(due);
  }

  /** A reported correction still waiting for its re-check after the re-check's due date. */
  public boolean isRecheckOverdue(LocalDate today) {
    return recheckDue.map(today::isAfter).orElse(false);
  }

  /** When the pending re-check is due; empty when no correction awaits one. */
  public Optional<LocalDate> recheckDue() {
    return recheckDue;
  }

  public CorrectiveActionId id() {
    return id;
  }

  public Finding finding() {
    return finding;
  }

  public UnitId owner() {
    return owner;
  }

  public String measure() {
    return measure;
  }

  public LocalDate due() {
    return due;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Actor raisedBy() {
    return raisedBy;
  }

  public State state() {
    return state;
  }

  public List<CorrectionReport> corrections() {
    return List.copyOf(corrections);
  }

  public List<RecheckResult> rechecks() {
    return List.copyOf(rechecks);
  }
}
