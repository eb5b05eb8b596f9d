package org.db3311.sgc.core.emergency;

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

/**
 * A public emergency as the center coordinates it (应急指挥协调, 6.6): discovered, graded by urgency and
 * impact, its response plan activated with the county emergency headquarters, orders issued to
 * departments, progress reported from the scene until closure, then reviewed.
 *
 * <pre>
 * DISCOVERED --GRADE--> GRADED --ACTIVATE_PLAN--> PLAN_ACTIVATED --ISSUE_ORDER--> RESPONDING
 * RESPONDING --ISSUE_ORDER | REPORT_PROGRESS | UPDATE_ORDER--> RESPONDING --CLOSE--> CLOSED --REVIEW--> REVIEWED
 * GRADED, PLAN_ACTIVATED, RESPONDING --GRADE (re-grade) | ASSIGN_LEAD--> same state
 * PLAN_ACTIVATED --REPORT_PROGRESS--> PLAN_ACTIVATED
 * </pre>
 *
 * A grade I or II incident needs a lead leader or a task force before its plan is activated, an
 * order issued or its closure (6.6.1.p1); closure needs every order completed, every on-site order
 * arrived on site and at least one progress report (6.6.1.p3). These are refusals, returned as
 * values; an action the state does not allow throws. Every change raises an {@link IncidentEvent}.
 */
@Implements({"6.6.1.p1", "6.6.1.p2", "6.6.1.p3"})
public final class Incident extends AggregateRoot<IncidentEvent> {

  public enum State {
    DISCOVERED,
    GRADED,
    PLAN_ACTIVATED,
    RESPONDING,
    CLOSED,
    REVIEWED
  }

  public enum Action {
    /** Creates the incident; not a transition of the table. */
    DISCOVER,
    GRADE,
    ASSIGN_LEAD,
    ACTIVATE_PLAN,
    ISSUE_ORDER,
    UPDATE_ORDER,
    REPORT_PROGRESS,
    CLOSE,
    REVIEW
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("incident", State.class, Action.class)
          .initial(State.DISCOVERED)
          .allow(State.DISCOVERED, Action.GRADE, State.GRADED)
          .allow(State.GRADED, Action.GRADE, State.GRADED)
          .allow(State.PLAN_ACTIVATED, Action.GRADE, State.PLAN_ACTIVATED)
          .allow(State.RESPONDING, Action.GRADE, State.RESPONDING)
          .allow(State.GRADED, Action.ASSIGN_LEAD, State.GRADED)
          .allow(State.PLAN_ACTIVATED, Action.ASSIGN_LEAD, State.PLAN_ACTIVATED)
          .allow(State.RESPONDING, Action.ASSIGN_LEAD, State.RESPONDING)
          .allow(State.GRADED, Action.ACTIVATE_PLAN, State.PLAN_ACTIVATED)
          .allow(State.PLAN_ACTIVATED, Action.ISSUE_ORDER, State.RESPONDING)
          .allow(State.RESPONDING, Action.ISSUE_ORDER, State.RESPONDING)
          .allow(State.RESPONDING, Action.UPDATE_ORDER, State.RESPONDING)
          .allow(State.PLAN_ACTIVATED, Action.REPORT_PROGRESS, State.PLAN_ACTIVATED)
          .allow(State.RESPONDING, Action.REPORT_PROGRESS, State.RESPONDING)
          .allow(State.RESPONDING, Action.CLOSE, State.CLOSED)
          .allow(State.CLOSED, Action.REVIEW, State.REVIEWED)
          .build();

  /** The grade given, by whom, and why — including why it differs from the suggestion. */
  public record Grading(
      IncidentGrade grade,
      IncidentGrade suggested,
      ImpactAssessment impact,
      String rationale,
      Actor by,
      Instant at) {
    public Grading {
      Objects.requireNonNull(grade, "grade");
      Objects.requireNonNull(suggested, "suggested");
      Objects.requireNonNull(impact, "impact");
      Objects.requireNonNull(rationale, "rationale");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The plan activated with the headquarters. */
  public record Activation(ResponsePlan plan, String headquarters, Actor by, Instant at) {}

  /** The review (复盘) after closure. */
  public record Review(Actor by, Instant at, String findings, List<String> lessons) {
    public Review {
      if (findings == null || findings.isBlank()) {
        throw new IllegalArgumentException("a review records its findings");
      }
      lessons = List.copyOf(lessons);
    }
  }

  /** One step of the history. */
  public record Step(Action action, State from, State to, Actor by, Instant at, String detail) {}

  private final IncidentId id;
  private final Discovery discovery;
  private State state = State.DISCOVERED;
  private final List<Grading> gradings = new ArrayList<>();
  private Optional<Leadership> leadership = Optional.empty();
  private Optional<Activation> activation = Optional.empty();
  private final List<Order> orders = new ArrayList<>();
  private final List<ProgressReport> progress = new ArrayList<>();
  private Optional<String> closingSummary = Optional.empty();
  private Optional<Instant> closedAt = Optional.empty();
  private Optional<Review> review = Optional.empty();
  private final List<Step> history = new ArrayList<>();

  public Incident(IncidentId id, Discovery discovery) {
    super(Version.NEW);
    this.id = Objects.requireNonNull(id, "id");
    this.discovery = Objects.requireNonNull(discovery, "discovery");
    String detail = discovery.channel() + " " + discovery.reference() + ": " + discovery.summary();
    history.add(
        new Step(Action.DISCOVER, null, State.DISCOVERED, discovery.by(), discovery.at(), detail));
    raise(
        new IncidentEvent(
            id.value(),
            nextVersion(),
            Action.DISCOVER,
            Optional.empty(),
            State.DISCOVERED,
            discovery.by(),
            discovery.at(),
            detail));
  }

  private Incident(IncidentSnapshot s, Version version) {
    super(version);
    this.id = s.id();
    this.discovery = s.discovery();
    this.state = s.state();
    this.gradings.addAll(s.gradings());
    this.leadership = s.leadership();
    this.activation = s.activation();
    this.orders.addAll(s.orders());
    this.progress.addAll(s.progress());
    this.closingSummary = s.closingSummary();
    this.closedAt = s.closedAt();
    this.review = s.review();
    this.history.addAll(s.history());
  }

  /** Rebuilds a stored incident. */
  public static Incident fromSnapshot(IncidentSnapshot snapshot, Version version) {
    return new Incident(snapshot, version);
  }

  /** Everything the incident holds, as an immutable value. */
  public IncidentSnapshot snapshot() {
    return new IncidentSnapshot(
        id,
        discovery,
        state,
        gradings,
        leadership,
        activation,
        orders,
        progress,
        closingSummary,
        closedAt,
        review,
        history);
  }

  /** Grades or re-grades; a grade other than the suggestion needs a rationale. */
  public CommandResult grade(Grading g) {
    State next = WORKFLOW.next(state, Action.GRADE);
    if (g.grade() != g.suggested() && g.rationale().isBlank()) {
      return CommandResult.refused(
          "grade " + g.grade() + " differs from the suggested " + g.suggested() + ": say why");
    }
    gradings.add(g);
    move(Action.GRADE, next, g.by(), g.at(), "grade " + g.grade());
    return CommandResult.DONE;
  }

  public void assignLead(Leadership lead, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.ASSIGN_LEAD);
    leadership = Optional.of(Objects.requireNonNull(lead, "lead"));
    move(Action.ASSIGN_LEAD, next, by, at, "led by " + lead.head().name());
  }

  public CommandResult activatePlan(ResponsePlan plan, String headquarters, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.ACTIVATE_PLAN);
    List<String> problems = new ArrayList<>(leadershipProblems());
    if (!plan.covers(grade())) {
      problems.add("plan " + plan.id() + " does not cover grade " + grade());
    }
    if (!problems.isEmpty()) {
      return new CommandResult.Refused(problems);
    }
    activation = Optional.of(new Activation(plan, headquarters, by, at));
    move(
        Action.ACTIVATE_PLAN,
        next,
        by,
        at,
        "plan " + plan.id() + " activated with " + headquarters);
    return CommandResult.DONE;
  }

  public CommandResult issueOrder(
      String orderId, UnitId department, String instruction, boolean onSite, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.ISSUE_ORDER);
    List<String> problems = leadershipProblems();
    if (!problems.isEmpty()) {
      return new CommandResult.Refused(problems);
    }
    if (orders.stream().anyMatch(o -> o.id().equals(orderId))) {
      throw new IllegalArgumentException("incident " + id + " already has order " + orderId);
    }
    orders.add(
        new Order(
            orderId, department, instruction, onSite, at, Optional.empty(), Optional.empty(), ""));
    move(Action.ISSUE_ORDER, next, by, at, "order " + orderId + " to " + department);
    return CommandResult.DONE;
  }

  /** The department reached the scene (需赶赴现场处置的，应及时赶赴现场). */
  public void arrivedOnSite(String orderId, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.UPDATE_ORDER);
    Order o = order(orderId);
    replace(
        o,
        new Order(
            o.id(),
            o.department(),
            o.instruction(),
            o.onSite(),
            o.issuedAt(),
            Optional.of(at),
            o.completedAt(),
            o.completion()));
    move(Action.UPDATE_ORDER, next, by, at, "order " + orderId + " on site");
  }

  public CommandResult completeOrder(String orderId, String completion, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.UPDATE_ORDER);
    Order o = order(orderId);
    if (o.onSite() && o.arrivedAt().isEmpty()) {
      return CommandResult.refused("order " + orderId + " is on site: record the arrival first");
    }
    if (completion == null || completion.isBlank()) {
      return CommandResult.refused("a completed order says what was done");
    }
    replace(
        o,
        new Order(
            o.id(),
            o.department(),
            o.instruction(),
            o.onSite(),
            o.issuedAt(),
            o.arrivedAt(),
            Optional.of(at),
            completion));
    move(Action.UPDATE_ORDER, next, by, at, "order " + orderId + " completed");
    return CommandResult.DONE;
  }

  public void reportProgress(ProgressReport report, Actor by) {
    State next = WORKFLOW.next(state, Action.REPORT_PROGRESS);
    progress.add(Objects.requireNonNull(report, "report"));
    move(Action.REPORT_PROGRESS, next, by, report.at(), "progress from " + report.from());
  }

  public CommandResult close(String summary, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.CLOSE);
    List<String> problems = new ArrayList<>(leadershipProblems());
    for (Order o : orders) {
      if (!o.isComplete()) {
        problems.add("order " + o.id() + " to " + o.department() + " is not completed");
      }
    }
    if (progress.isEmpty()) {
      problems.add("no progress was reported (6.6.1.p3)");
    }
    if (summary == null || summary.isBlank()) {
      problems.add("closure says how the incident ended");
    }
    if (!problems.isEmpty()) {
      return new CommandResult.Refused(problems);
    }
    closingSummary = Optional.of(summary);
    closedAt = Optional.of(at);
    move(Action.CLOSE, next, by, at, summary);
    return CommandResult.DONE;
  }

  public void review(Review r) {
    State next = WORKFLOW.next(state, Action.REVIEW);
    review = Optional.of(r);
    move(Action.REVIEW, next, r.by(), r.at(), r.findings());
  }

  /**
   * When progress is next due: the last report, or the activation, plus the cadence of the grade;
   * empty outside the response.
   */
  public Optional<Instant> nextProgressDue(java.util.Map<IncidentGrade, Duration> cadence) {
    if (state != State.PLAN_ACTIVATED && state != State.RESPONDING) {
      return Optional.empty();
    }
    Instant last = activation.orElseThrow().at();
    for (ProgressReport p : progress) {
      if (p.at().isAfter(last)) {
        last = p.at();
      }
    }
    return Optional.of(last.plus(cadence.get(grade())));
  }

  private List<String> leadershipProblems() {
    if (!gradings.isEmpty() && grade().isMajor() && leadership.isEmpty()) {
      return List.of(
          "a grade "
              + grade()
              + " incident is led by a responsible leader or a task force (6.6.1): assign one first");
    }
    return List.of();
  }

  private Order order(String orderId) {
    return orders.stream()
        .filter(o -> o.id().equals(orderId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("incident " + id + " has no order " + orderId));
  }

  private void replace(Order old, Order updated) {
    orders.set(orders.indexOf(old), updated);
  }

  private void move(Action action, State next, Actor by, Instant at, String detail) {
    history.add(new Step(action, state, next, by, at, detail));
    State from = state;
    state = next;
    raise(
        new IncidentEvent(
            id.value(), nextVersion(), action, Optional.of(from), next, by, at, detail));
  }

  public IncidentId id() {
    return id;
  }

  public Discovery discovery() {
    return discovery;
  }

  public State state() {
    return state;
  }

  /**
   * @throws IllegalStateException before grading
   */
  public IncidentGrade grade() {
    if (gradings.isEmpty()) {
      throw new IllegalStateException("incident " + id + " is not graded yet");
    }
    return gradings.get(gradings.size() - 1).grade();
  }

  public List<Grading> gradings() {
    return List.copyOf(gradings);
  }

  public Optional<Leadership> leadership() {
    return leadership;
  }

  public Optional<Activation> activation() {
    return activation;
  }

  public List<Order> orders() {
    return List.copyOf(orders);
  }

  public List<ProgressReport> progress() {
    return List.copyOf(progress);
  }

  public Optional<String> closingSummary() {
    return closingSummary;
  }

  public Optional<Instant> closedAt() {
    return closedAt;
  }

  public Optional<Review> review() {
    return review;
  }

  public List<Step> history() {
    return List.copyOf(history);
  }
}
