package org.db3311.sgc.core.onward;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Extension;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.intake.CloseMatterUseCase;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterLifecycle;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.mediation.MediationAction;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.core.mediation.MediationCaseNotFoundException;
import org.db3311.sgc.core.mediation.MediationCaseRepository;
import org.db3311.sgc.core.mediation.MediationState;
import org.db3311.sgc.core.mediation.MediationWorkflow;
import org.db3311.sgc.core.mediation.OnlineFilingGateway;
import org.db3311.sgc.core.mediation.OnwardRouting;
import org.db3311.sgc.core.supervision.ExtendDeadlineUseCase;
import org.db3311.sgc.core.supervision.OpenSupervisionUseCase;
import org.db3311.sgc.core.supervision.Supervision;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;

/**
 * The onward-routing use cases (6.2): the center records where an unresolved dispute goes, follows
 * the receiving body's steps on their statutory clocks, and supervises the referral until the body
 * reports back (6.2.1.3), when the matter closes with the road's result.
 *
 * <p>Supervision is driven through its existing use cases ({@link OpenSupervisionUseCase}, {@link
 * TrackProgressUseCase}): each referral is a supervision file of its own, subject {@code
 * <matter>/O<n>}, category {@code onward.<road>}, assigned to the receiving body; acceptance signs
 * for it, the report back completes it, a refusal to accept concludes it. Every change is also an
 * {@link OnwardReferralEvent}, so supervision may subscribe instead once it opens files on events.
 */
@Implements({"6.2", "6.2.1.1.2", "6.2.1.3"})
public final class OnwardService implements OnwardUseCases {

  private final OnwardReferralRepository referrals;
  private final MediationCaseRepository mediations;
  private final MatterLifecycle matters;
  private final Supervision supervision;
  private final OnlineFilingGateway filing;
  private final OnwardClocks clocks;
  private final WorkingCalendar calendar;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public OnwardService(
      OnwardReferralRepository referrals,
      MediationCaseRepository mediations,
      MatterLifecycle matters,
      Supervision supervision,
      OnlineFilingGateway filing,
      OnwardClocks clocks,
      WorkingCalendar calendar,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.referrals = Objects.requireNonNull(referrals, "referrals");
    this.mediations = Objects.requireNonNull(mediations, "mediations");
    this.matters = Objects.requireNonNull(matters, "matters");
    this.supervision = Objects.requireNonNull(supervision, "supervision");
    this.filing = Objects.requireNonNull(filing, "filing");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records the routing decision. The first referral of a mediation records it on the mediation
   * case too (unsuitable, declined or failed → routed onward); a later one follows a referral the
   * body did not accept. A failed mediation routed to litigation is filed online through the
   * courts' service with its case file (6.2.1.1.2); one already filed keeps its reference.
   */
  @Override
  public OnwardReferralId refer(ReferOnwardUseCase.Command c) {
    MediationCase mc =
        mediations
            .find(c.mediation())
            .orElseThrow(() -> new MediationCaseNotFoundException(c.mediation()));
    MatterSnapshot m = matters.matter(c.mediation().matter());
    if (m.state() != MatterState.IN_HANDLING) {
      throw new IllegalTransitionException("Matter " + m.number(), m.state(), MatterAction.CLOSE);
    }
    List<OnwardReferral> earlier = referrals.ofMatter(c.mediation().matter());
    for (OnwardReferral r : earlier) {
      if (!r.isEnded()) {
        throw new IllegalTransitionException(
            "OnwardReferral " + r.id(), r.state(), OnwardAction.REFER);
      }
    }
    boolean first = MediationWorkflow.TABLE.allows(mc.state(), MediationAction.ROUTE_ONWARD);
    boolean again =
        mc.onward().isPresent()
            && !earlier.isEmpty()
            && earlier.get(earlier.size() - 1).state() == OnwardState.NOT_ACCEPTED;
    if (!first && !again) {
      throw new IllegalTransitionException(
          "Mediation " + mc.id(), mc.state(), MediationAction.ROUTE_ONWARD);
    }
    OnwardReferralId id = new OnwardReferralId(c.mediation().matter(), earlier.size() + 1);
    Optional<String> filed = Optional.empty();
    if (c.road() == Road.LITIGATION) {
      if (mc.state() == MediationState.FAILED) {
        filed = Optional.of(filing.submit(mc.caseFile(m.registration().description())));
      } else {
        filed = mc.snapshot().filingReference();
      }
    }
    Instant now = clock.instant();
    LocalDate today = today(now);
    OnwardReferral r =
        OnwardReferral.refer(
            id,
            mc.id(),
            mc.categoryCode(),
            c.road(),
            c.body(),
            c.bodyName(),
            c.reason(),
            clocks.rulesFor(c.road()),
            filed,
            today,
            c.actor(),
            now);
    String summary = summary(c.road(), c.bodyName());
    if (first) {
      mc.routeOnward(new OnwardRouting(id.toString(), summary), c.actor(), now);
      mediations.save(mc);
      recorder.record(mc);
    }
    referrals.save(r);
    recorder.record(r);
    supervision.open(
        new OpenSupervisionUseCase.Command(
            id.toString(),
            summary + "：" + m.registration().description(),
            c.road().supervisionCategory(),
            c.body(),
            c.actor()));
    return id;
  }

  @Override
  public void record(RecordStepUseCase.Command c) {
    OnwardReferral r = load(c.id());
    Instant now = clock.instant();
    LocalDate on = reported(c.on(), now);
    Actor a = c.actor();
    switch (c.step()) {
      case RecordStepUseCase.Step.Received x ->
          r.receive(on, x.simplified(), x.bodyReference(), a, now);
      case RecordStepUseCase.Step.NotAccepted x -> r.declineToAccept(on, x.reason(), a, now);
      case RecordStepUseCase.Step.Extended x ->
          r.extendConclusion(new Extension(x.added(), x.approver(), x.reason(), now), a, now);
      case RecordStepUseCase.Step.Decided x -> r.decide(on, x.decision(), a, now);
      case RecordStepUseCase.Step.ReviewRequested x -> r.requestReview(on, calendar, a, now);
      case RecordStepUseCase.Step.ReviewConcluded x -> r.concludeReview(on, x.opinion(), a, now);
      case RecordStepUseCase.Step.RecheckRequested x -> r.requestRecheck(on, calendar, a, now);
      case RecordStepUseCase.Step.RecheckConcluded x -> r.concludeRecheck(on, x.opinion(), a, now);
    }
    store(r);
    String subject = c.id().toString();
    switch (c.step()) {
      case RecordStepUseCase.Step.Received x ->
          supervision.record(new TrackProgressUseCase.Command(subject, new Progress.SignFor(), a));
      case RecordStepUseCase.Step.NotAccepted x -> settle(subject, "不予受理：" + x.reason(), a);
      case RecordStepUseCase.Step.Extended x -> extendSupervision(subject, x);
      default -> {}
    }
  }

  /**
   * The supervision file's handling step is the body's conclusion (its deadline comes from the same
   * clock): an approved extension of the one is an extension of the other, or the file would show
   * overdue a referral the body may still lawfully conclude. Only a file whose handling clock still
   * runs (in progress or paused) is extended: a file already reported handled has met its handling
   * step, and extending it would be refused after the referral's extension was stored.
   */
  @Implements("6.2")
  private void extendSupervision(String subject, RecordStepUseCase.Step.Extended x) {
    if (supervision
        .stateOf(subject)
        .filter(s -> s == SupervisionState.IN_PROGRESS || s == SupervisionState.PAUSED)
        .isPresent()) {
      supervision.extend(
          new ExtendDeadlineUseCase.Command(
              subject,
              org.db3311.sgc.core.supervision.Step.HANDLING,
              x.added(),
              x.reason(),
              x.approver()));
    }
  }

  @Override
  public void reportBack(ReportBackUseCase.Command c) {
    OnwardReferral r = load(c.id());
    Optional<ReportBack> earlier = r.report();
    if (earlier.isPresent() && earlier.get().reportId().equals(c.report().reportId())) {
      return; // a redelivered report: the first one already closed the matter
    }
    OnwardWorkflow.TABLE.next(r.state(), OnwardAction.REPORT_BACK, r.id());
    MatterSnapshot m = matters.matter(c.id().matter());
    if (m.state() != MatterState.IN_HANDLING) {
      throw new IllegalTransitionException("Matter " + m.number(), m.state(), MatterAction.CLOSE);
    }
    Instant now = clock.instant();
    reported(c.report().on(), now);
    r.reportBack(c.report(), calendar, c.actor(), now);
    store(r);
    MatterResult result =
        new MatterResult(
            c.report().settled()
                ? MatterResult.Outcome.RESOLVED
                : MatterResult.Outcome.NOT_RESOLVED,
            summary(r.road(), r.bodyName()) + "，办理结果：" + c.report().conclusion());
    matters.close(new CloseMatterUseCase.Command(c.id().matter(), result, c.actor()));
    settle(c.id().toString(), result.summary(), c.actor());
  }

  /**
   * Every running clock of every open referral and where it stands on a day; a referral whose due
   * day cannot be computed (a calendar year missing) is reported as a problem line and the view
   * goes on.
   */
  public List<ClockLine> clockView(LocalDate today) {
    List<ClockLine> lines = new ArrayList<>();
    for (OnwardReferral r : referrals.open()) {
      for (RoadClock k : r.clocks()) {
        if (!k.isRunning()) {
          continue;
        }
        try {
          lines.add(
              new ClockLine(
                  r.id(),
                  r.road(),
                  k.step(),
                  Optional.of(k.dueDate(calendar)),
                  Optional.of(k.status(calendar, today)),
                  Optional.empty()));
        } catch (RuntimeException e) {
          lines.add(
              new ClockLine(
                  r.id(),
                  r.road(),
                  k.step(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(String.valueOf(e.getMessage()))));
        }
      }
    }
    return lines;
  }

  /** A referral, for queries and tests. */
  public OnwardReferral referral(OnwardReferralId id) {
    return load(id);
  }

  /** Leaves the referral's file completed, whichever state it was in. */
  private void settle(String subject, String summary, Actor actor) {
    supervision
        .stateOf(subject)
        .ifPresent(
            s -> {
              switch (s) {
                case IN_PROGRESS -> {
                  supervision.record(
                      new TrackProgressUseCase.Command(
                          subject, new Progress.ReportHandled(summary), actor));
                  supervision.record(
                      new TrackProgressUseCase.Command(subject, new Progress.Complete(), actor));
                }
                case HANDLED ->
                    supervision.record(
                        new TrackProgressUseCase.Command(subject, new Progress.Complete(), actor));
                case ASSIGNED, AWAITING_TRIAGE, PAUSED ->
                    supervision.record(
                        new TrackProgressUseCase.Command(
                            subject, new Progress.Conclude(summary), actor));
                case COMPLETED -> {}
              }
            });
  }

  private static String summary(Road road, String bodyName) {
    return "转入" + road.zh() + "（" + bodyName + "）";
  }

  /** A body's step happens no later than today. */
  private LocalDate reported(LocalDate on, Instant now) {
    if (on.isAfter(today(now))) {
      throw new IllegalArgumentException("a step reported for " + on + " has not happened yet");
    }
    return on;
  }

  private OnwardReferral load(OnwardReferralId id) {
    return referrals.find(id).orElseThrow(() -> new OnwardReferralNotFoundException(id));
  }

  private void store(OnwardReferral r) {
    referrals.save(r);
    recorder.record(r);
  }

  private LocalDate today(Instant at) {
    return LocalDate.ofInstant(at, clock.getZone());
  }
}
