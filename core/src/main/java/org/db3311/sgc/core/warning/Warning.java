package org.db3311.sgc.core.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.TransitionTable;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.facts.MatterId;

/**
 * A social-stability risk warning (社会稳定风险预警): level, reasons, the matters behind it and the unit
 * that owns the response; published, then acknowledged by its owner, then closed — or dismissed
 * before publication as a false alarm, with the reason.
 *
 * <pre>
 * RAISED --PUBLISH--> PUBLISHED --ACKNOWLEDGE--> ACKNOWLEDGED --CLOSE--> CLOSED
 * RAISED --DISMISS--> DISMISSED
 * UPDATE (new evidence, same or lower level) keeps the state;
 * UPGRADE (higher level) keeps RAISED/PUBLISHED and returns ACKNOWLEDGED to PUBLISHED, so the owner
 * acknowledges the higher level again.
 * </pre>
 *
 * Every change raises a {@link WarningEvent}, which the service audits and publishes.
 */
@Implements("6.5.2")
public final class Warning extends AggregateRoot<WarningEvent> {

  public enum State {
    RAISED,
    PUBLISHED,
    ACKNOWLEDGED,
    CLOSED,
    DISMISSED
  }

  public enum Action {
    /** Creates the warning; not a transition of the table. */
    RAISE,
    PUBLISH,
    ACKNOWLEDGE,
    CLOSE,
    DISMISS,
    UPDATE,
    UPGRADE
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("warning", State.class, Action.class)
          .initial(State.RAISED)
          .allow(State.RAISED, Action.PUBLISH, State.PUBLISHED)
          .allow(State.PUBLISHED, Action.ACKNOWLEDGE, State.ACKNOWLEDGED)
          .allow(State.ACKNOWLEDGED, Action.CLOSE, State.CLOSED)
          .allow(State.RAISED, Action.DISMISS, State.DISMISSED)
          .allow(State.RAISED, Action.UPDATE, State.RAISED)
          .allow(State.PUBLISHED, Action.UPDATE, State.PUBLISHED)
          .allow(State.ACKNOWLEDGED, Action.UPDATE, State.ACKNOWLEDGED)
          .allow(State.RAISED, Action.UPGRADE, State.RAISED)
          .allow(State.PUBLISHED, Action.UPGRADE, State.PUBLISHED)
          .allow(State.ACKNOWLEDGED, Action.UPGRADE, State.PUBLISHED)
          .build();

  /** One step of the warning's history. */
  public record Step(Action action, State from, State to, Actor by, Instant at, String detail) {}

  private final WarningId id;
  private final WarningSubject subject;
  private final UnitId owner;
  private final Instant raisedAt;
  private WarningLevel level;
  private final List<Reason> reasons = new ArrayList<>();
  private final SortedSet<MatterId> matters = new TreeSet<>();
  private State state = State.RAISED;
  private final List<Step> history = new ArrayList<>();

  public Warning(WarningId id, RiskAssessment assessment, UnitId owner, Instant raisedAt) {
    super(Version.NEW);
    this.id = Objects.requireNonNull(id, "id");
    this.subject = assessment.subject();
    this.level = assessment.level();
    this.reasons.addAll(assessment.reasons());
    this.matters.addAll(assessment.matters());
    this.owner = Objects.requireNonNull(owner, "owner");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    String detail = level + " raised about " + subject + ", owned by " + owner;
    history.add(new Step(Action.RAISE, null, State.RAISED, Actor.SYSTEM, raisedAt, detail));
    raise(
        new WarningEvent(
            id,
            nextVersion(),
            Action.RAISE,
            Optional.empty(),
            State.RAISED,
            Actor.SYSTEM,
            raisedAt,
            detail,
            level));
  }

  private Warning(WarningSnapshot s, Version version) {
    super(version);
    this.id = s.id();
    this.subject = s.subject();
    this.owner = s.owner();
    this.raisedAt = s.raisedAt();
    this.level = s.level();
    this.reasons.addAll(s.reasons());
    this.matters.addAll(s.matters());
    this.state = s.state();
    this.history.addAll(s.history());
  }

  /** Rebuilds a stored warning. */
  public static Warning fromSnapshot(WarningSnapshot snapshot, Version version) {
    return new Warning(snapshot, version);
  }

  /** Everything the warning holds, as an immutable value. */
  public WarningSnapshot snapshot() {
    return new WarningSnapshot(
        id, subject, owner, raisedAt, level, reasons, matters, state, history);
  }

  /**
   * Adds what a later scan found about the same subject. Returns true when that raised the level.
   */
  public boolean update(RiskAssessment assessment, Instant at) {
    if (!assessment.subject().equals(subject)) {
      throw new IllegalArgumentException(
          "warning " + id + " is about " + subject + ", not " + assessment.subject());
    }
    boolean higher = assessment.level().isHigherThan(level);
    Action action = higher ? Action.UPGRADE : Action.UPDATE;
    State next = WORKFLOW.next(state, action);
    for (Reason r : assessment.reasons()) {
      if (!reasons.contains(r)) {
        reasons.add(r);
      }
    }
    matters.addAll(assessment.matters());
    if (higher) {
      level = assessment.level();
    }
    move(action, next, Actor.SYSTEM, at, higher ? "upgraded to " + level : "new evidence");
    return higher;
  }

  public void publish(Actor by, Instant at) {
    move(Action.PUBLISH, WORKFLOW.next(state, Action.PUBLISH), by, at, level + " published");
  }

  /**
   * @throws IllegalArgumentException when the unit is not the warning's owner
   */
  public void acknowledge(UnitId unit, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.ACKNOWLEDGE);
    if (!unit.equals(owner)) {
      throw new IllegalArgumentException(
          "warning " + id + " is owned by " + owner + "; " + unit + " cannot acknowledge it");
    }
    move(Action.ACKNOWLEDGE, next, by, at, "acknowledged by " + unit);
  }

  public void close(Actor by, Instant at, String outcome) {
    requireText(outcome, "closing a warning says how the risk was handled");
    move(Action.CLOSE, WORKFLOW.next(state, Action.CLOSE), by, at, outcome);
  }

  public void dismiss(Actor by, Instant at, String why) {
    requireText(why, "dismissing a warning says why it is a false alarm");
    move(Action.DISMISS, WORKFLOW.next(state, Action.DISMISS), by, at, why);
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  private void move(Action action, State next, Actor by, Instant at, String detail) {
    history.add(new Step(action, state, next, by, at, detail));
    State from = state;
    state = next;
    raise(
        new WarningEvent(
            id, nextVersion(), action, Optional.of(from), next, by, at, detail, level));
  }

  public boolean isOpen() {
    return state != State.CLOSED && state != State.DISMISSED;
  }

  public WarningId id() {
    return id;
  }

  public WarningSubject subject() {
    return subject;
  }

  public WarningLevel level() {
    return level;
  }

  public List<Reason> reasons() {
    return List.copyOf(reasons);
  }

  public SortedSet<MatterId> matters() {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(matters));
  }

  public UnitId owner() {
    return owner;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public State state() {
    return state;
  }

  public List<Step> history() {
    return List.copyOf(history);
  }

  /** When the warning was last published, if it was. */
  public Optional<Instant> publishedAt() {
    Instant t = null;
    for (Step s : history) {
      if (s.action() == Action.PUBLISH) {
        t = s.at();
      }
    }
    return Optional.ofNullable(t);
  }
}
