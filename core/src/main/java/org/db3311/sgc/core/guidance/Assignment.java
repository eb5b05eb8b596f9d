package org.db3311.sgc.core.guidance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.TransitionTable;

/**
 * One grassroots unit's part of a guidance task.
 *
 * <pre>
 * ASSIGNED --ACCEPT--> ACCEPTED --REPORT--> REPORTED --VERIFY--> VERIFIED
 *                                   REPORTED --RETURN--> ACCEPTED
 * </pre>
 */
public final class Assignment {

  public enum State {
    ASSIGNED,
    ACCEPTED,
    REPORTED,
    VERIFIED
  }

  public enum Action {
    ACCEPT,
    REPORT,
    VERIFY,
    RETURN
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("guidance assignment", State.class, Action.class)
          .initial(State.ASSIGNED)
          .allow(State.ASSIGNED, Action.ACCEPT, State.ACCEPTED)
          .allow(State.ACCEPTED, Action.REPORT, State.REPORTED)
          .allow(State.REPORTED, Action.VERIFY, State.VERIFIED)
          .allow(State.REPORTED, Action.RETURN, State.ACCEPTED)
          .build();

  /** One step, with what was said. */
  public record Step(Action action, State to, Actor by, Instant at, String note) {}

  private final GrassrootsUnit unit;
  private State state = State.ASSIGNED;
  private Optional<Instant> verifiedAt = Optional.empty();
  private final List<Step> steps = new ArrayList<>();
  private final java.util.Set<SupervisionNotice.Level> noticesSent =
      java.util.EnumSet.noneOf(SupervisionNotice.Level.class);

  Assignment(GrassrootsUnit unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  Assignment(GuidanceTaskSnapshot.AssignmentSnapshot s) {
    this.unit = s.unit();
    this.state = s.state();
    this.verifiedAt = s.verifiedAt();
    this.steps.addAll(s.steps());
    this.noticesSent.addAll(s.noticesSent());
  }

  GuidanceTaskSnapshot.AssignmentSnapshot snapshot() {
    return new GuidanceTaskSnapshot.AssignmentSnapshot(unit, state, verifiedAt, steps, noticesSent);
  }

  void apply(Action action, Actor by, Instant at, String note) {
    State next = WORKFLOW.next(state, action);
    if ((action == Action.REPORT || action == Action.RETURN) && (note == null || note.isBlank())) {
      throw new IllegalArgumentException(
          action + " by " + unit.name() + " says what was done or what is missing");
    }
    steps.add(new Step(action, next, by, at, note == null ? "" : note));
    state = next;
    if (next == State.VERIFIED) {
      verifiedAt = Optional.of(at);
    }
  }

  /** Records that a notice of this level went out; false when one had already. */
  boolean markNotified(SupervisionNotice.Level level) {
    return noticesSent.add(level);
  }

  public java.util.Set<SupervisionNotice.Level> noticesSent() {
    return java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(noticesSentOrEmpty()));
  }

  private java.util.Set<SupervisionNotice.Level> noticesSentOrEmpty() {
    return noticesSent.isEmpty()
        ? java.util.EnumSet.noneOf(SupervisionNotice.Level.class)
        : noticesSent;
  }

  public GrassrootsUnit unit() {
    return unit;
  }

  public State state() {
    return state;
  }

  public Optional<Instant> verifiedAt() {
    return verifiedAt;
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }
}
