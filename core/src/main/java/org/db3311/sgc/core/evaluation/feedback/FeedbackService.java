package org.db3311.sgc.core.evaluation.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionService;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.Finding;
import org.db3311.sgc.core.evaluation.improvement.FindingSource;

/**
 * Use cases of the feedback and complaint channel (9.1): anyone submits (anonymously if they wish)
 * and gets a ticket; the center assigns and answers by a deadline; an upheld complaint or a
 * higher-level supervision item raises a corrective action, whose re-check results are sent back to
 * the ticket as they are recorded.
 */
@Implements({"9.1", "9.3.3", "R9"})
public final class FeedbackService implements FeedbackUseCases {

  private final FeedbackRepository items;
  private final CorrectiveActionService corrections;
  private final Clock clock;
  private final FeedbackDeadlines deadlines;
  private final WorkingCalendar calendar;
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  /**
   * @param deadlines within how long each kind of feedback is answered, counted on the calendar
   */
  public FeedbackService(
      FeedbackRepository items,
      SequenceGenerator ids,
      CorrectiveActionService corrections,
      DomainEventPublisher events,
      AuditTrail audit,
      FeedbackDeadlines deadlines,
      WorkingCalendar calendar,
      Clock clock) {
    this.items = Objects.requireNonNull(items, "items");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.corrections = Objects.requireNonNull(corrections, "corrections");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    corrections.onRecheck(this::feedBack);
  }

  /** Receives feedback and returns its ticket; as {@link #submit(Command)}. */
  public FeedbackTicket submit(
      FeedbackKind kind,
      FeedbackChannel channel,
      String content,
      Optional<UnitId> about,
      Optional<String> contact) {
    return submit(new Command(kind, channel, content, about, contact));
  }

  @Override
  public FeedbackTicket submit(Command c) {
    FeedbackKind kind = c.kind();
    FeedbackChannel channel = c.channel();
    String content = c.content();
    Optional<UnitId> about = c.about();
    Optional<String> contact = c.contact();
    Instant now = clock.instant();
    FeedbackTicket ticket =
        FeedbackTicket.of(
            "FB-"
                + LocalDate.now(clock).getYear()
                + "-"
                + String.format("%05d", ids.next("FB" + LocalDate.now(clock).getYear())));
    store(
        new Feedback(
            ticket,
            kind,
            channel,
            content,
            about,
            contact,
            now,
            Deadline.startingOn(deadlines.ruleFor(kind), LocalDate.now(clock)).dueDate(calendar)));
    return ticket;
  }

  public void assign(FeedbackTicket ticket, UnitId unit, Actor by) {
    Feedback f = get(ticket);
    f.assign(unit, by, clock.instant());
    store(f);
  }

  /**
   * Answers an item. An upheld complaint, or a higher-level supervision item, raises a corrective
   * action owned by the unit concerned.
   */
  public Optional<CorrectiveAction> answer(
      FeedbackTicket ticket,
      String reply,
      Optional<Verdict> verdict,
      LocalDate correctBy,
      Actor by) {
    Feedback f = get(ticket);
    f.answer(clock.instant(), reply, verdict, by);
    Optional<CorrectiveAction> raised = Optional.empty();
    boolean needsCorrection =
        verdict.equals(Optional.of(Verdict.UPHELD))
            || f.kind() == FeedbackKind.HIGHER_LEVEL_SUPERVISION;
    Optional<UnitId> owner = f.assignedTo().or(f::about);
    if (needsCorrection && owner.isPresent()) {
      CorrectiveAction a =
          corrections.raise(
              new Finding(
                  f.kind() == FeedbackKind.COMPLAINT
                      ? FindingSource.PUBLIC_COMPLAINT
                      : FindingSource.HIGHER_LEVEL_SUPERVISION,
                  ticket.value(),
                  f.content()),
              owner.get(),
              reply,
              correctBy,
              by);
      f.linkCorrectiveAction(a.id(), by, clock.instant());
      raised = Optional.of(a);
    }
    store(f);
    return raised;
  }

  public void close(FeedbackTicket ticket, Actor by) {
    Feedback f = get(ticket);
    f.close(by, clock.instant());
    store(f);
  }

  public PublicStatus status(FeedbackTicket ticket) {
    Feedback f = get(ticket);
    return new PublicStatus(f.ticket(), f.kind(), f.state(), f.verdict(), f.messages());
  }

  /**
   * Items not answered by their deadline. An item that cannot be read is reported in the result and
   * the others are still listed.
   */
  public SweepResult<Feedback> overdue() {
    LocalDate today = LocalDate.now(clock);
    return sweep(f -> f.isOverdue(today));
  }

  private SweepResult<Feedback> sweep(java.util.function.Predicate<Feedback> keep) {
    List<Feedback> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (FeedbackTicket ticket : items.tickets()) {
      try {
        Feedback f = get(ticket);
        if (keep.test(f)) {
          out.add(f);
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(ticket.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }

  private void feedBack(
      CorrectiveAction action, org.db3311.sgc.core.evaluation.improvement.RecheckResult r) {
    items
        .find(FeedbackTicket.of(action.finding().reference()))
        .filter(f -> f.correctiveAction().equals(Optional.of(action.id())))
        .ifPresent(
            f -> {
              f.tell(
                  r.at(),
                  "复查 round "
                      + r.round()
                      + (r.passed() ? ": passed — " : ": not passed, correction continues — ")
                      + r.notes());
              store(f);
            });
  }

  private void store(Feedback f) {
    items.save(f);
    recorder.record(f);
  }

  private Feedback get(FeedbackTicket ticket) {
    return items.find(ticket).orElseThrow(() -> new FeedbackNotFoundException(ticket));
  }

  @Override
  public void assign(Assign command) {
    assign(command.ticket(), command.unit(), command.by());
  }

  @Override
  public Optional<CorrectiveActionSnapshot> answer(Answer command) {
    return answer(
            command.ticket(), command.reply(), command.verdict(), command.correctBy(), command.by())
        .map(CorrectiveAction::snapshot);
  }

  @Override
  public void close(Close command) {
    close(command.ticket(), command.by());
  }

  @Override
  public FeedbackSnapshot item(FeedbackTicket ticket) {
    return get(ticket).snapshot();
  }

  @Override
  public SweepResult<FeedbackSnapshot> items() {
    return snapshots(sweep(f -> true));
  }

  @Override
  public SweepResult<FeedbackSnapshot> overdueItems() {
    return snapshots(overdue());
  }

  private static SweepResult<FeedbackSnapshot> snapshots(SweepResult<Feedback> r) {
    return new SweepResult<>(r.items().stream().map(Feedback::snapshot).toList(), r.failed());
  }
}
