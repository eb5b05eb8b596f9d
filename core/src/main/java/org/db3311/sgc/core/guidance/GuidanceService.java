package org.db3311.sgc.core.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.SweepResult;

/**
 * Use cases of grassroots guidance (基层指导, 6.8): take on a task from the province, city or county
 * and pass it to townships and villages with a due date (the issuer's, or a period counted on the
 * working-day calendar, R9); assignees accept and report; the center verifies or returns; a daily
 * sweep sends reminders, urgings and escalations (督办), once each per assignee and level, at
 * thresholds in working days.
 *
 * <p>Tasks are supervised here rather than as files of {@code core.supervision}: the unified
 * supervision view (8.2.4) counts matters (事件) per unit, which guidance tasks are not, and a
 * supervision file takes its deadlines from category rules at assignment, while an upper level's
 * task often comes with a fixed date. The deadlines use the same kernel ({@code core.calendar}).
 */
@Implements({"6.8", "R9"})
public final class GuidanceService implements GuidanceUseCases {

  private final GuidanceTaskRepository tasks;
  private final SupervisionNotifier notifier;
  private final SupervisionPolicy policy;
  private final GuidanceDeadlines deadlines;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final SequenceGenerator ids;
  private final ChangeRecorder recorder;

  public GuidanceService(
      GuidanceTaskRepository tasks,
      SequenceGenerator ids,
      SupervisionNotifier notifier,
      SupervisionPolicy policy,
      GuidanceDeadlines deadlines,
      WorkingCalendar calendar,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** As {@link #issue(Command)}, returning the task itself. */
  public GuidanceTask issue(
      IssuerLevel issuer,
      String source,
      GuidanceTopic topic,
      String title,
      String requirements,
      Due due,
      Collection<GrassrootsUnit> assignees,
      Actor by) {
    return issueTask(
        new Command(issuer, source, topic, title, requirements, due, List.copyOf(assignees), by));
  }

  @Override
  public GuidanceTaskSnapshot issue(Command command) {
    return issueTask(command).snapshot();
  }

  private GuidanceTask issueTask(Command c) {
    IssuerLevel issuer = c.issuer();
    String source = c.source();
    GuidanceTopic topic = c.topic();
    String title = c.title();
    String requirements = c.requirements();
    Due due = c.due();
    List<GrassrootsUnit> assignees = c.assignees();
    Actor by = c.by();
    LocalDate today = LocalDate.now(clock);
    LocalDate dueDate;
    String basis;
    switch (due) {
      case Due.On on -> {
        if (on.date().isBefore(today)) {
          throw new IllegalArgumentException("a task is not due before it is issued: " + on.date());
        }
        dueDate = on.date();
        basis = "fixed by " + source;
      }
      case Due.Within within -> {
        DeadlineRule rule =
            DeadlineRule.of(
                "guidance", within.limit(), GuidanceDeadlines.ISSUED, "set by " + source);
        dueDate = Deadline.startingOn(rule, today).dueDate(calendar);
        basis = within.limit() + " from issue, set by " + source;
      }
      case Due.ByTopic byTopic -> {
        DeadlineRule rule = deadlines.ruleFor(topic);
        dueDate = Deadline.startingOn(rule, today).dueDate(calendar);
        basis = rule.limit() + " from issue, configured for " + topic;
      }
    }
    GuidanceTask t =
        new GuidanceTask(
            GuidanceTaskId.of(
                "ZD-"
                    + LocalDate.now(clock).getYear()
                    + "-"
                    + String.format("%04d", ids.next("ZD" + LocalDate.now(clock).getYear()))),
            issuer,
            source,
            topic,
            title,
            requirements,
            dueDate,
            basis,
            assignees,
            by,
            clock.instant());
    store(t);
    return t;
  }

  public void accept(GuidanceTaskId taskId, String unitCode, Actor by) {
    step(taskId, unitCode, Assignment.Action.ACCEPT, by, "");
  }

  public void report(GuidanceTaskId taskId, String unitCode, String account, Actor by) {
    step(taskId, unitCode, Assignment.Action.REPORT, by, account);
  }

  /** The center verifies the report, or returns it with what is missing. */
  public void verify(
      GuidanceTaskId taskId, String unitCode, boolean passed, String note, Actor by) {
    step(taskId, unitCode, passed ? Assignment.Action.VERIFY : Assignment.Action.RETURN, by, note);
  }

  private void step(
      GuidanceTaskId taskId, String unitCode, Assignment.Action action, Actor by, String note) {
    GuidanceTask t = get(taskId);
    t.apply(unitCode, action, by, clock.instant(), note);
    store(t);
  }

  /**
   * Today's supervision: every notice due, each sent once per assignee and level. A task that
   * cannot be swept (unreadable, changed concurrently, its notice undeliverable) is reported in the
   * result and the sweep goes on with the others.
   */
  public SupervisionSweep sweep() {
    LocalDate today = LocalDate.now(clock);
    List<SupervisionNotice> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (GuidanceTaskId id : tasks.ids()) {
      try {
        GuidanceTask t = get(id);
        List<SupervisionNotice> due = new ArrayList<>();
        for (Assignment a : t.assignments()) {
          if (a.state() == Assignment.State.VERIFIED) {
            continue;
          }
          Optional<SupervisionNotice.Level> level = policy.levelOn(t.due(), today, calendar);
          if (level.isEmpty()) {
            continue;
          }
          SupervisionNotice n =
              new SupervisionNotice(
                  t.id(),
                  a.unit(),
                  level.get(),
                  t.due(),
                  today,
                  calendar.workingDaysBetween(t.due(), today));
          if (t.noticeSent(n, clock.instant())) {
            due.add(n);
          }
        }
        // stored before sending: a notice is never sent for a task whose record failed to change
        store(t);
        for (SupervisionNotice n : due) {
          notifier.send(n);
          out.add(n);
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SupervisionSweep(out, failed);
  }

  private void store(GuidanceTask t) {
    if (t.pendingEvents().isEmpty()) {
      return;
    }
    tasks.save(t);
    recorder.record(t);
  }

  public TaskProgress progress(GuidanceTaskId taskId) {
    GuidanceTask t = get(taskId);
    LocalDate today = LocalDate.now(clock);
    Map<Assignment.State, Long> byState = new EnumMap<>(Assignment.State.class);
    List<GrassrootsUnit> overdue = new ArrayList<>();
    for (Assignment a : t.assignments()) {
      byState.merge(a.state(), 1L, Long::sum);
      if (a.state() != Assignment.State.VERIFIED && today.isAfter(t.due())) {
        overdue.add(a.unit());
      }
    }
    return new TaskProgress(t.id(), byState, t.verifiedCount(), t.assignments().size(), overdue);
  }

  private GuidanceTask get(GuidanceTaskId id) {
    return tasks.find(id).orElseThrow(() -> new GuidanceTaskNotFoundException(id));
  }

  @Override
  public GuidanceTaskSnapshot accept(Accept command) {
    accept(command.task(), command.unitCode(), command.by());
    return task(command.task());
  }

  @Override
  public GuidanceTaskSnapshot report(Report command) {
    report(command.task(), command.unitCode(), command.account(), command.by());
    return task(command.task());
  }

  @Override
  public GuidanceTaskSnapshot verify(Verify command) {
    verify(command.task(), command.unitCode(), command.passed(), command.note(), command.by());
    return task(command.task());
  }

  @Override
  public GuidanceTaskSnapshot task(GuidanceTaskId task) {
    return get(task).snapshot();
  }

  @Override
  public SweepResult<GuidanceTaskSnapshot> tasks() {
    List<GuidanceTaskSnapshot> out = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (GuidanceTaskId id : tasks.ids()) {
      try {
        out.add(get(id).snapshot());
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.value(), e));
      }
    }
    return new SweepResult<>(out, failed);
  }
}
