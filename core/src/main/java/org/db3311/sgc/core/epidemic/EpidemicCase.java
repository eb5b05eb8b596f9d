package org.db3311.sgc.core.epidemic;

import java.time.Duration;
import java.time.Instant;
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
import org.db3311.sgc.core.facts.MatterId;

/**
 * An epidemic-related matter (涉疫事件) in the closed loop of 6.7.1.1: received, analysed, routed,
 * handled, supervised with feedback, assessed — no stage skipped, none left out. Feedback that
 * finds the handling wanting sends the matter back to its unit. Every stage has a deadline from the
 * mode in force; a mode switch re-times the open stage and, into wartime, re-routes matters in
 * handling. Every step, and every re-timing, raises an {@link EpidemicCaseEvent}.
 *
 * <pre>
 * RECEIVED --ANALYSE--> ANALYSED --ROUTE--> ROUTED --HANDLE--> HANDLED --FEED_BACK--> FED_BACK --ASSESS--> ASSESSED
 * HANDLED --REWORK--> ROUTED;  ROUTED --REROUTE--> ROUTED
 * </pre>
 */
@Implements("6.7.1.1")
public final class EpidemicCase extends AggregateRoot<EpidemicCaseEvent> {

  public enum State {
    RECEIVED,
    ANALYSED,
    ROUTED,
    HANDLED,
    FED_BACK,
    ASSESSED
  }

  public enum Action {
    /** Creates the case; not a transition of the table. */
    RECEIVE,
    /** A mode switch moved the open stage's deadline; the state is kept. */
    RETIME,
    ANALYSE,
    ROUTE,
    REROUTE,
    HANDLE,
    REWORK,
    FEED_BACK,
    ASSESS
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("epidemic case", State.class, Action.class)
          .initial(State.RECEIVED)
          .allow(State.RECEIVED, Action.ANALYSE, State.ANALYSED)
          .allow(State.ANALYSED, Action.ROUTE, State.ROUTED)
          .allow(State.ROUTED, Action.REROUTE, State.ROUTED)
          .allow(State.ROUTED, Action.HANDLE, State.HANDLED)
          .allow(State.HANDLED, Action.REWORK, State.ROUTED)
          .allow(State.HANDLED, Action.FEED_BACK, State.FED_BACK)
          .allow(State.FED_BACK, Action.ASSESS, State.ASSESSED)
          .build();

  /** One step of the loop, with the mode it happened in. */
  public record Step(
      Action action,
      State from,
      State to,
      EpidemicMode mode,
      Actor by,
      Instant at,
      String detail) {}

  private final EpidemicCaseId id;
  private final MatterId matter;
  private final String category;
  private final String summary;
  private State state = State.RECEIVED;
  private Optional<UnitId> routedTo = Optional.empty();
  private Instant stageEnteredAt;
  private Instant deadline;
  private final List<Step> steps = new ArrayList<>();

  EpidemicCase(
      EpidemicCaseId id,
      MatterId matter,
      String category,
      String summary,
      ModePolicy policy,
      EpidemicMode mode,
      Actor by,
      Instant at) {
    super(Version.NEW);
    Objects.requireNonNull(id, "id");
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("an epidemic case has a summary");
    }
    this.id = id;
    this.matter = Objects.requireNonNull(matter, "matter");
    this.category = Objects.requireNonNull(category, "category");
    this.summary = summary;
    this.stageEnteredAt = at;
    this.deadline = at.plus(policy.limit(Stage.ANALYSIS));
    record(new Step(Action.RECEIVE, null, State.RECEIVED, mode, by, at, "received: " + summary));
  }

  private EpidemicCase(EpidemicCaseSnapshot s, Version version) {
    super(version);
    this.id = s.id();
    this.matter = s.matter();
    this.category = s.category();
    this.summary = s.summary();
    this.state = s.state();
    this.routedTo = s.routedTo();
    this.stageEnteredAt = s.stageEnteredAt();
    this.deadline = s.deadline();
    this.steps.addAll(s.steps());
  }

  /** Rebuilds a stored case. */
  public static EpidemicCase fromSnapshot(EpidemicCaseSnapshot snapshot, Version version) {
    return new EpidemicCase(snapshot, version);
  }

  /** Everything the case holds, as an immutable value. */
  public EpidemicCaseSnapshot snapshot() {
    return new EpidemicCaseSnapshot(
        id, matter, category, summary, state, routedTo, stageEnteredAt, deadline, steps);
  }

  void analyse(String findings, ModePolicy policy, EpidemicMode mode, Actor by, Instant at) {
    requireText(findings, "analysis records its findings");
    advance(Action.ANALYSE, Stage.ROUTING, policy, mode, by, at, findings);
  }

  void route(ModePolicy policy, EpidemicMode mode, Actor by, Instant at) {
    UnitId unit = policy.routeFor(category);
    advance(Action.ROUTE, Stage.HANDLING, policy, mode, by, at, "routed to " + unit);
    routedTo = Optional.of(unit);
  }

  void reroute(UnitId unit, EpidemicMode mode, Actor by, Instant at, String why) {
    State next = WORKFLOW.next(state, Action.REROUTE);
    record(
        new Step(Action.REROUTE, state, next, mode, by, at, "re-routed to " + unit + ": " + why));
    routedTo = Optional.of(unit);
  }

  void handle(String result, ModePolicy policy, EpidemicMode mode, Actor by, Instant at) {
    requireText(result, "handling records its result");
    advance(Action.HANDLE, Stage.SUPERVISION_FEEDBACK, policy, mode, by, at, result);
  }

  /**
   * Supervision feedback (督办反馈): satisfactory moves on to assessment, otherwise back to handling.
   */
  void feedBack(
      boolean satisfactory,
      String note,
      ModePolicy policy,
      EpidemicMode mode,
      Actor by,
      Instant at) {
    requireText(note, "feedback records what supervision found");
    if (satisfactory) {
      advance(Action.FEED_BACK, Stage.ASSESSMENT, policy, mode, by, at, note);
    } else {
      advance(Action.REWORK, Stage.HANDLING, policy, mode, by, at, "rework: " + note);
    }
  }

  void assess(int score, String note, EpidemicMode mode, Actor by, Instant at) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("an assessment scores 0–100, not " + score);
    }
    requireText(note, "an assessment records its basis");
    State next = WORKFLOW.next(state, Action.ASSESS);
    record(new Step(Action.ASSESS, state, next, mode, by, at, score + ": " + note));
    state = next;
  }

  /** Re-times the open stage for a new mode: wartime never later, peacetime never earlier. */
  void retime(ModePolicy policy, EpidemicMode mode, Actor by, Instant at) {
    Stage stage = openStage().orElse(null);
    if (stage == null) {
      return;
    }
    Duration limit = policy.limit(stage);
    Instant before = deadline;
    deadline =
        mode == EpidemicMode.WARTIME
            ? min(deadline, at.plus(limit))
            : max(deadline, stageEnteredAt.plus(limit));
    if (!deadline.equals(before)) {
      raise(
          new EpidemicCaseEvent(
              id.value(),
              nextVersion(),
              Action.RETIME,
              Optional.of(state),
              state,
              by,
              at,
              stage + " due " + before + " → " + deadline + " (" + mode + ")",
              mode));
    }
  }

  /** Keeps the step and raises its event. */
  private void record(Step step) {
    steps.add(step);
    raise(
        new EpidemicCaseEvent(
            id.value(),
            nextVersion(),
            step.action(),
            Optional.ofNullable(step.from()),
            step.to(),
            step.by(),
            step.at(),
            step.detail(),
            step.mode()));
  }

  private void advance(
      Action action,
      Stage nextStage,
      ModePolicy policy,
      EpidemicMode mode,
      Actor by,
      Instant at,
      String detail) {
    State next = WORKFLOW.next(state, action);
    record(new Step(action, state, next, mode, by, at, detail));
    state = next;
    stageEnteredAt = at;
    deadline = at.plus(policy.limit(nextStage));
  }

  private static void requireText(String s, String message) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The stage the case is waiting on, empty once assessed. */
  public Optional<Stage> openStage() {
    return switch (state) {
      case RECEIVED -> Optional.of(Stage.ANALYSIS);
      case ANALYSED -> Optional.of(Stage.ROUTING);
      case ROUTED -> Optional.of(Stage.HANDLING);
      case HANDLED -> Optional.of(Stage.SUPERVISION_FEEDBACK);
      case FED_BACK -> Optional.of(Stage.ASSESSMENT);
      case ASSESSED -> Optional.empty();
    };
  }

  public boolean isOverdue(Instant now) {
    return state != State.ASSESSED && now.isAfter(deadline);
  }

  /** True once every stage of the loop has happened, in order. */
  public boolean loopClosed() {
    return state == State.ASSESSED;
  }

  public EpidemicCaseId id() {
    return id;
  }

  public MatterId matter() {
    return matter;
  }

  public String category() {
    return category;
  }

  public String summary() {
    return summary;
  }

  public State state() {
    return state;
  }

  public Optional<UnitId> routedTo() {
    return routedTo;
  }

  public Instant deadline() {
    return deadline;
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }
}
