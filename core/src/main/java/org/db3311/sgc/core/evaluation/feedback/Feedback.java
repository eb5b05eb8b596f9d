package org.db3311.sgc.core.evaluation.feedback;

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
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;

/**
 * One opinion, complaint, praise or higher-level supervision item received through the feedback
 * channel (意见反馈与投诉渠道, 9.1), with its ticket, answer and the messages sent back.
 *
 * <pre>
 * RECEIVED --ASSIGN--> ASSIGNED --ANSWER--> ANSWERED --CLOSE--> CLOSED
 * RECEIVED --ANSWER--> ANSWERED
 * </pre>
 *
 * A complaint is answered with a verdict; an upheld complaint is linked to the corrective action it
 * caused.
 */
@Implements("9.1")
public final class Feedback extends AggregateRoot<FeedbackEvent> {

  /** Who submits through the public channel; the ticket, not a name, identifies them. */
  public static final Actor PUBLIC = new Actor("public", "公众");

  public enum State {
    RECEIVED,
    ASSIGNED,
    ANSWERED,
    CLOSED
  }

  public enum Action {
    /** Creates the ticket; not a transition of the table. */
    SUBMIT,
    ASSIGN,
    ANSWER,
    CLOSE,
    /** The answer raised a corrective action; the state is kept. */
    LINK_CORRECTIVE_ACTION,
    /** A re-check result was sent back to the submitter; the state is kept. */
    SEND_MESSAGE
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("feedback", State.class, Action.class)
          .initial(State.RECEIVED)
          .allow(State.RECEIVED, Action.ASSIGN, State.ASSIGNED)
          .allow(State.RECEIVED, Action.ANSWER, State.ANSWERED)
          .allow(State.ASSIGNED, Action.ANSWER, State.ANSWERED)
          .allow(State.ANSWERED, Action.CLOSE, State.CLOSED)
          .build();

  /** A message sent back to the submitter (answer, re-check result). */
  public record Message(Instant at, String text) {
    public Message {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(text, "text");
    }
  }

  private final FeedbackTicket ticket;
  private final FeedbackKind kind;
  private final FeedbackChannel channel;
  private final String content;
  private final Optional<UnitId> about;
  private final Optional<String> contact;
  private final Instant receivedAt;
  private final LocalDate answerDue;
  private State state = State.RECEIVED;
  private Optional<UnitId> assignedTo = Optional.empty();
  private Optional<Verdict> verdict = Optional.empty();
  private Optional<CorrectiveActionId> correctiveAction = Optional.empty();
  private final List<Message> messages = new ArrayList<>();

  /**
   * @param about the unit the feedback concerns, if named
   * @param contact how to reach the submitter; empty for anonymous feedback
   */
  public Feedback(
      FeedbackTicket ticket,
      FeedbackKind kind,
      FeedbackChannel channel,
      String content,
      Optional<UnitId> about,
      Optional<String> contact,
      Instant receivedAt,
      LocalDate answerDue) {
    super(Version.NEW);
    Objects.requireNonNull(ticket, "ticket");
    if (content == null || content.isBlank()) {
      throw new IllegalArgumentException("feedback " + ticket + " says something");
    }
    this.ticket = ticket;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.content = content;
    this.about = Objects.requireNonNull(about, "about");
    this.contact = Objects.requireNonNull(contact, "contact");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.answerDue = Objects.requireNonNull(answerDue, "answerDue");
    raise(
        new FeedbackEvent(
            ticket,
            nextVersion(),
            Action.SUBMIT,
            Optional.empty(),
            State.RECEIVED,
            PUBLIC,
            receivedAt,
            kind
                + " via "
                + channel
                + about.map(u -> " about " + u).orElse("")
                + ", answer due "
                + answerDue));
  }

  private Feedback(FeedbackSnapshot s, Version version) {
    super(version);
    this.ticket = s.ticket();
    this.kind = s.kind();
    this.channel = s.channel();
    this.content = s.content();
    this.about = s.about();
    this.contact = s.contact();
    this.receivedAt = s.receivedAt();
    this.answerDue = s.answerDue();
    this.state = s.state();
    this.assignedTo = s.assignedTo();
    this.verdict = s.verdict();
    this.correctiveAction = s.correctiveAction();
    this.messages.addAll(s.messages());
  }

  /** Rebuilds a stored item. */
  public static Feedback fromSnapshot(FeedbackSnapshot snapshot, Version version) {
    return new Feedback(snapshot, version);
  }

  /** Everything the item holds, as an immutable value. */
  public FeedbackSnapshot snapshot() {
    return new FeedbackSnapshot(
        ticket,
        kind,
        channel,
        content,
        about,
        contact,
        receivedAt,
        answerDue,
        state,
        assignedTo,
        verdict,
        correctiveAction,
        messages);
  }

  public void assign(UnitId unit, Actor by, Instant at) {
    Objects.requireNonNull(unit, "unit");
    State next = WORKFLOW.next(state, Action.ASSIGN);
    assignedTo = Optional.of(unit);
    move(Action.ASSIGN, next, by, at, "assigned to " + unit);
  }

  /**
   * @param verdict required for a complaint, absent otherwise
   */
  public void answer(Instant at, String reply, Optional<Verdict> verdict, Actor by) {
    if ((kind == FeedbackKind.COMPLAINT) != verdict.isPresent()) {
      throw new IllegalArgumentException(
          kind == FeedbackKind.COMPLAINT
              ? "complaint " + ticket + " is answered with a verdict"
              : "only a complaint has a verdict");
    }
    State next = WORKFLOW.next(state, Action.ANSWER);
    this.verdict = verdict;
    messages.add(new Message(at, reply));
    move(Action.ANSWER, next, by, at, verdict.map(v -> v + ": ").orElse("") + reply);
  }

  public void close(Actor by, Instant at) {
    move(Action.CLOSE, WORKFLOW.next(state, Action.CLOSE), by, at, "closed");
  }

  void linkCorrectiveAction(CorrectiveActionId actionId, Actor by, Instant at) {
    correctiveAction = Optional.of(actionId);
    move(Action.LINK_CORRECTIVE_ACTION, state, by, at, "corrective action " + actionId);
  }

  void tell(Instant at, String text) {
    messages.add(new Message(at, text));
    move(Action.SEND_MESSAGE, state, Actor.SYSTEM, at, text);
  }

  private void move(Action action, State next, Actor by, Instant at, String detail) {
    State from = state;
    state = next;
    raise(
        new FeedbackEvent(ticket, nextVersion(), action, Optional.of(from), next, by, at, detail));
  }

  public boolean isOverdue(LocalDate today) {
    return (state == State.RECEIVED || state == State.ASSIGNED) && today.isAfter(answerDue);
  }

  public FeedbackTicket ticket() {
    return ticket;
  }

  public FeedbackKind kind() {
    return kind;
  }

  public FeedbackChannel channel() {
    return channel;
  }

  public String content() {
    return content;
  }

  public Optional<UnitId> about() {
    return about;
  }

  public Optional<String> contact() {
    return contact;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public LocalDate answerDue() {
    return answerDue;
  }

  public State state() {
    return state;
  }

  public Optional<UnitId> assignedTo() {
    return assignedTo;
  }

  public Optional<Verdict> verdict() {
    return verdict;
  }

  public Optional<CorrectiveActionId> correctiveAction() {
    return correctiveAction;
  }

  public List<Message> messages() {
    return List.copyOf(messages);
  }
}
