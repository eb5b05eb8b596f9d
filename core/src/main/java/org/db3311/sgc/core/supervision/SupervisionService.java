package org.db3311.sgc.core.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.calendar.DeadlineRecompute;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.DueKey;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;

/** The supervision use cases (督查督办, 6.2.1.3; 统一督办, 8.2.4). */
@Implements({"6.2.1.3", "8.2.4", "R9", "R10"})
public final class SupervisionService
    implements Supervision, FollowMatterUseCase, SupervisionUseCases {

  private final SupervisionFileRepository files;
  private final WorkingCalendar calendar;
  private final DeadlinePolicy deadlines;
  private final EscalationPolicy escalation;
  private final Notifier notifier;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public SupervisionService(
      SupervisionFileRepository files,
      WorkingCalendar calendar,
      DeadlinePolicy deadlines,
      EscalationPolicy escalation,
      Notifier notifier,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.files = Objects.requireNonNull(files, "files");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.escalation = Objects.requireNonNull(escalation, "escalation");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A service with the shipped deadline and escalation defaults. */
  public SupervisionService(
      SupervisionFileRepository files,
      WorkingCalendar calendar,
      Notifier notifier,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this(
        files,
        calendar,
        DeadlinePolicy.defaults(),
        EscalationPolicy.defaults(),
        notifier,
        events,
        audit,
        clock);
  }

  @Override
  public void open(OpenSupervisionUseCase.Command c) {
    java.util.Optional<SupervisionFile> existing = files.find(c.subject());
    if (existing.isPresent()) {
      throw new IllegalTransitionException(
          "SupervisionFile " + c.subject(), existing.get().state(), SupervisionAction.OPEN);
    }
    Instant now = clock.instant();
    SupervisionFile f =
        SupervisionFile.open(
            c.subject(),
            c.title(),
            c.categoryCode(),
            c.unit(),
            c.participants(),
            deadlines.rulesFor(c.categoryCode()),
            c.actor(),
            now,
            today(now));
    store(f);
  }

  @Override
  public void follow(FollowMatterUseCase.Command c) {
    java.util.Optional<SupervisionFile> found = files.find(c.subject());
    if (found.isPresent() && found.get().hasApplied(c.source(), c.version())) {
      return;
    }
    LocalDate day = today(c.at());
    Actor a = c.actor();
    SupervisionFile f;
    switch (c.change()) {
      case FollowMatterUseCase.Change.SupplementRequested s -> {
        if (found.isEmpty()) {
          f =
              SupervisionFile.openAwaitingSupplement(
                  c.subject(),
                  s.title(),
                  s.categoryCode(),
                  s.center(),
                  deadlines.rulesFor(s.categoryCode()),
                  a,
                  c.at());
        } else if (allows(found.get(), SupervisionAction.REQUEST_SUPPLEMENT)) {
          f = found.get();
          f.requestSupplement(a, c.at());
        } else {
          return;
        }
      }
      case FollowMatterUseCase.Change.Accepted x -> {
        if (found.isEmpty()) {
          f =
              SupervisionFile.openAccepted(
                  c.subject(),
                  x.title(),
                  x.categoryCode(),
                  x.center(),
                  deadlines.rulesFor(x.categoryCode()),
                  today(x.receivedAt()),
                  a,
                  c.at(),
                  day);
        } else if (allows(found.get(), SupervisionAction.ACCEPT)) {
          f = found.get();
          f.accept(today(x.receivedAt()), a, c.at(), day);
        } else {
          return;
        }
      }
      case FollowMatterUseCase.Change.MaterialsSupplied x -> {
        f = found.filter(g -> allows(g, SupervisionAction.SUPPLY_MATERIALS)).orElse(null);
        if (f == null) {
          return;
        }
        f.supplyMaterials(a, c.at());
      }
      case FollowMatterUseCase.Change.NotAccepted x -> {
        f = found.filter(g -> allows(g, SupervisionAction.NOT_ACCEPT)).orElse(null);
        if (f == null) {
          return;
        }
        f.notAccepted(x.reason(), a, c.at());
      }
      case FollowMatterUseCase.Change.StageReached x -> {
        f = found.filter(g -> allows(g, x.stage())).orElse(null);
        if (f == null) {
          return;
        }
        f.reachStage(x.stage(), x.detail(), a, c.at());
      }
      case FollowMatterUseCase.Change.Flagged x -> {
        f = found.filter(g -> allows(g, SupervisionAction.FLAG)).orElse(null);
        if (f == null) {
          return;
        }
        if (f.flag(x.kind(), x.detail(), a, c.at())) {
          tellLeadership(f, x.detail());
        }
      }
      case FollowMatterUseCase.Change.Closed x -> {
        f = found.filter(g -> SupervisionState.AT_CENTER.contains(g.state())).orElse(null);
        if (f == null) {
          return;
        }
        f.conclude(x.result(), a, c.at(), day);
      }
    }
    f.applied(c.source(), c.version());
    store(f);
  }

  private static boolean allows(SupervisionFile f, SupervisionAction action) {
    return SupervisionWorkflow.TABLE.allows(f.state(), action);
  }

  @Override
  public void record(TrackProgressUseCase.Command c) {
    SupervisionFile f = load(c.subject());
    Instant now = clock.instant();
    LocalDate day = today(now);
    Actor a = c.actor();
    switch (c.progress()) {
      case Progress.SignFor s -> f.signFor(a, now, day);
      case Progress.Reassign r -> f.reassign(r.unit(), r.participants(), r.reason(), a, now, day);
      case Progress.Decline d -> f.decline(d.center(), d.reason(), a, now);
      case Progress.Pause p -> f.pause(p.reason(), a, now, day);
      case Progress.Resume r -> f.resume(a, now, day);
      case Progress.ReportHandled h -> f.reportHandled(h.summary(), a, now, day);
      case Progress.Return r -> f.returnToUnit(r.reason(), a, now);
      case Progress.Complete x -> f.complete(a, now, day);
      case Progress.RecordReview r -> f.recordReview(a, now);
      case Progress.Reopen r -> f.reopen(r.reason(), a, now, day);
      case Progress.Conclude x -> f.conclude(x.reason(), a, now, day);
    }
    store(f);
  }

  @Override
  public void extend(ExtendDeadlineUseCase.Command c) {
    SupervisionFile f = load(c.subject());
    Instant now = clock.instant();
    f.extend(c.step(), new Extension(c.added(), c.approver(), c.reason(), now), c.approver(), now);
    store(f);
  }

  /**
   * Every file is swept on its own: one whose deadline cannot be computed (or whose notice cannot
   * be recorded) is reported with its reason and the rest are swept all the same.
   */
  @Override
  public SweepReport sweepAll() {
    Instant now = clock.instant();
    LocalDate day = today(now);
    List<SupervisionNotice> issued = new ArrayList<>();
    List<ItemFailure> failures = new ArrayList<>();
    // Only files whose next deadline a notice can already reach: the rest wait for a later sweep.
    LocalDate before = remindsUntil(day).plusDays(1);
    // By seek from the last file read, not by offset: a deep page of a long list costs what the
    // first does, and a file whose place changed meanwhile is neither read twice nor skipped over
    List<SupervisionFile> batch = files.dueBefore(before, PageRequest.first(SWEEP_PAGE));
    while (!batch.isEmpty()) {
      DueKey last = DueKey.of(batch.getLast());
      for (SupervisionFile f : batch) {
        sweep(f, now, day, issued, failures);
      }
      batch = batch.size() < SWEEP_PAGE ? List.of() : files.dueBefore(before, last, SWEEP_PAGE);
    }
    return new SweepReport(issued, failures);
  }

  private static final int SWEEP_PAGE = 200;

  private void sweep(
      SupervisionFile f,
      Instant now,
      LocalDate day,
      List<SupervisionNotice> issued,
      List<ItemFailure> failures) {
    try {
      List<SupervisionNotice> due = f.noticesDue(escalation, calendar, now, day);
      if (due.isEmpty()) {
        return;
      }
      due.forEach(n -> f.issue(n, Actor.SYSTEM));
      store(f);
      for (SupervisionNotice n : due) {
        send(f, n);
        issued.add(n);
      }
    } catch (RuntimeException e) {
      failures.add(ItemFailure.of(f.subject(), e));
    }
  }

  /**
   * The latest last day a reminder already covers today; when the calendar cannot say, a month per
   * reminder day, so no file is missed (the notice itself is then decided file by file).
   */
  private LocalDate remindsUntil(LocalDate day) {
    int within = escalation.remindWithinWorkingDays();
    try {
      LocalDate d = day;
      while (calendar.workingDaysBetween(day, d.plusDays(1)) <= within) {
        d = d.plusDays(1);
      }
      return d;
    } catch (RuntimeException e) {
      return day.plusDays(31L * (within + 1));
    }
  }

  /**
   * Recounts, on this service's calendar, every running deadline that was provisional on the
   * calendar it was announced with; one file failing is reported and the others go on (R10).
   */
  @Override
  @Implements("R10")
  public RecomputeProvisionalDeadlinesUseCase.Report recompute(
      RecomputeProvisionalDeadlinesUseCase.Command c) {
    Instant now = clock.instant();
    LocalDate day = today(now);
    List<Recomputed> done = new ArrayList<>();
    List<ItemFailure> failures = new ArrayList<>();
    // a rare run, once a year's official arrangement is loaded: it reads every file with a
    // running clock, a page at a time (recounting stops no clock, so the pages stay put)
    PageRequest page = PageRequest.first(SWEEP_PAGE);
    List<SupervisionFile> batch;
    do {
      batch = files.withRunningClocks(page);
      for (SupervisionFile f : batch) {
        try {
          Map<Step, DeadlineRecompute.Result> results =
              f.recomputeProvisional(c.announcedWith(), calendar, now, day);
          if (results.isEmpty()) {
            continue;
          }
          store(f);
          results.forEach(
              (step, r) ->
                  done.add(new Recomputed(f.subject(), step, r.announced(), r.recomputed())));
        } catch (RuntimeException e) {
          failures.add(ItemFailure.of(f.subject(), e));
        }
      }
      page = page.next();
    } while (batch.size() == SWEEP_PAGE);
    return new RecomputeProvisionalDeadlinesUseCase.Report(done, failures);
  }

  /**
   * A flag is also sent to the center's leadership inbox, so a flagged file (e.g. an escalated
   * event led by the fallback leader) is seen without opening the view.
   */
  @Implements({"8.2.4", "6.3.1.2"})
  private void tellLeadership(SupervisionFile f, String detail) {
    UnitId lead = escalation.leadership();
    notifier.send(
        new Notification(
            Notification.Recipient.unit(lead, lead.value()),
            Notification.Channel.UNIT_INBOX,
            "督办关注",
            f.snapshot().title() + "：" + detail + "（" + f.subject() + "）",
            f.subject()));
  }

  private void send(SupervisionFile f, SupervisionNotice n) {
    String subject =
        switch (n.level()) {
          case REMINDER -> "临期提醒";
          case OVERDUE -> "逾期督办";
          case ESCALATED -> "升级督办";
        };
    String body =
        f.snapshot().title()
            + "："
            + n.step()
            + " 期限 "
            + n.dueDate()
            // R10: a last day counted on a provisional year is announced as such
            + (calendar.isProvisional(n.dueDate()) ? "（暂定）" : "")
            + "（"
            + f.subject()
            + "）";
    notifier.send(
        new Notification(
            Notification.Recipient.unit(n.unit(), n.unit().value()),
            Notification.Channel.UNIT_INBOX,
            subject,
            body,
            f.subject()));
    if (n.level() == NoticeLevel.ESCALATED) {
      UnitId lead = escalation.leadership();
      notifier.send(
          new Notification(
              Notification.Recipient.unit(lead, lead.value()),
              Notification.Channel.UNIT_INBOX,
              subject,
              body,
              f.subject()));
    }
  }

  /**
   * The view at an instant, now or past: each file as its history says it stood then, counted once
   * in the total and once under each unit taking part, as lead or as participant; overdue counts
   * only what was recorded by then (pauses, extensions, handovers).
   */
  @Override
  public SupervisionOverview overview(Instant at) {
    LocalDate day = today(at);
    SupervisionOverview.Builder view = SupervisionOverview.builder(at);
    for (SupervisionFile f : files.openedBy(at)) {
      f.at(at)
          .ifPresent(
              entry -> {
                boolean overdue;
                try {
                  overdue =
                      entry.state().column() != SupervisionState.Column.COMPLETED
                          && f.overdueAt(at, day, calendar);
                } catch (RuntimeException e) {
                  // counted in its state all the same; only whether it is late is unknown
                  view.failed(ItemFailure.of(f.subject(), e));
                  overdue = false;
                }
                view.add(entry.unit(), entry.participants(), entry.state(), overdue);
                if (entry.state().column() == SupervisionState.Column.APPLICANT) {
                  view.awaitingApplicant(
                      new SupervisionOverview.ApplicantClock(
                          f.subject(), entry.unit(), entry.at()));
                }
              });
    }
    listFlagged(view, at);
    return view.build();
  }

  /**
   * Lists apart every file open at the instant that carries a flag raised by then (e.g. an
   * escalated event led by the fallback leader), so it is never left unseen.
   */
  @Implements({"8.2.4", "6.3.1.2"})
  private void listFlagged(SupervisionOverview.Builder view, Instant at) {
    for (SupervisionFile f : files.openedBy(at)) {
      f.at(at)
          .filter(entry -> entry.state().column() != SupervisionState.Column.COMPLETED)
          .ifPresent(
              entry ->
                  f.flags().stream()
                      .filter(x -> !x.at().isAfter(at))
                      .forEach(
                          x ->
                              view.flagged(
                                  new SupervisionOverview.Flagged(f.subject(), entry.unit(), x))));
    }
  }

  /**
   * The view now from the repository's counts per unit and state: each file counted once in the
   * total (under its lead unit) and once under every unit taking part; overdue when its stored next
   * deadline is before today, as {@link #overview} counts it, except in the completed column.
   */
  @Override
  public SupervisionOverview current() {
    Instant now = clock.instant();
    LocalDate day = today(now);
    SupervisionOverview.Builder view = SupervisionOverview.builder(now);
    files.countByUnitAndState(day).forEach(c -> view.add(c, countsOverdue(c.state())));
    PageRequest page = PageRequest.first(SWEEP_PAGE);
    List<SupervisionFile> batch;
    do {
      batch = files.inState(SupervisionState.AWAITING_SUPPLEMENT, page);
      for (SupervisionFile f : batch) {
        try {
          SupervisionSnapshot.HistoryEntry entry = f.at(now).orElseThrow();
          view.awaitingApplicant(
              new SupervisionOverview.ApplicantClock(f.subject(), entry.unit(), entry.at()));
        } catch (RuntimeException e) {
          view.failed(ItemFailure.of(f.subject(), e));
        }
      }
      page = page.next();
    } while (batch.size() == SWEEP_PAGE);
    return view.build();
  }

  /** From the repository's counts per unit and state alone: no file is read. */
  @Override
  public List<UnitId> unitsWithFiles() {
    return files.countByUnitAndState(today(clock.instant())).stream()
        .map(SupervisionFileRepository.StateCount::unit)
        .distinct()
        .sorted(java.util.Comparator.comparing(UnitId::value))
        .toList();
  }

  @Override
  public SupervisionOverview.UnitCounts currentFor(UnitId unit) {
    Instant now = clock.instant();
    SupervisionOverview.Builder view = SupervisionOverview.builder(now);
    files.countByState(unit, today(now)).forEach(c -> view.add(c, countsOverdue(c.state())));
    return view.build().roles(unit);
  }

  private static boolean countsOverdue(SupervisionState state) {
    return state.column() != SupervisionState.Column.COMPLETED;
  }

  @Override
  public List<SupervisionDue> overdue(PageRequest page) {
    return files.dueBefore(today(clock.instant()), page).stream().map(SupervisionDue::of).toList();
  }

  @Override
  public List<SupervisionDue> dueBy(LocalDate until, PageRequest page) {
    return files.dueBetween(today(clock.instant()), until, page).stream()
        .map(SupervisionDue::of)
        .toList();
  }

  @Override
  public List<SupervisionDue> overdue(DueKey after, int limit) {
    return files.dueBefore(today(clock.instant()), after, limit).stream()
        .map(SupervisionDue::of)
        .toList();
  }

  @Override
  public List<SupervisionDue> dueBy(LocalDate until, DueKey after, int limit) {
    return files.dueBetween(today(clock.instant()), until, after, limit).stream()
        .map(SupervisionDue::of)
        .toList();
  }

  @Override
  public int overdueCount() {
    return files.countDueBefore(today(clock.instant()));
  }

  @Override
  public int dueByCount(LocalDate until) {
    return files.countDueBetween(today(clock.instant()), until);
  }

  @Override
  public boolean isSupervised(String subject) {
    return files.find(subject).isPresent();
  }

  @Override
  public java.util.Optional<SupervisionState> stateOf(String subject) {
    return files.find(subject).map(SupervisionFile::state);
  }

  /** A file, for queries and tests. */
  public SupervisionFile file(String subject) {
    return load(subject);
  }

  private SupervisionFile load(String subject) {
    return files.find(subject).orElseThrow(() -> new SupervisionFileNotFoundException(subject));
  }

  private void store(SupervisionFile f) {
    f.schedule(calendar);
    files.save(f);
    recorder.record(f);
  }

  private LocalDate today(Instant at) {
    return LocalDate.ofInstant(at, clock.getZone());
  }
}
