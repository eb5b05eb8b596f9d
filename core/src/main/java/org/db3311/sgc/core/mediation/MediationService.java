package org.db3311.sgc.core.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.TimeLimit;
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
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.intake.CloseMatterUseCase;
import org.db3311.sgc.core.intake.Handling;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterKindMismatchException;
import org.db3311.sgc.core.intake.MatterLifecycle;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.ResolutionPreference;
import org.db3311.sgc.core.intake.StartHandlingUseCase;
import org.db3311.sgc.core.supervision.OpenSupervisionUseCase;
import org.db3311.sgc.core.supervision.Supervision;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;

/**
 * The mediation use cases (矛盾纠纷调处化解, 6.2.1.1): they move the matter into handling and to closure,
 * and keep supervision informed from routing to completion.
 *
 * <p>An online session (6.2.1.1.2: 由调解人员通过视频等方式组织开展线上调解) is held by the mediator who schedules it:
 * the {@link VideoRoomProvider} is asked for a room with one join link per participant, the
 * mediator's moderating the room and the parties' not. Each link is a credential, so it is handed
 * only to its holder through the {@link Notifier} — a party's by text message to the mobile number
 * registered with the matter, else to the party's web account (the 解纷码 entry); the mediator's to
 * the inbox of the unit the dispute was routed to — and never kept in the case file, which holds
 * the room's address only. The links are handed over in the scheduling's unit of work: with the
 * queueing notifier they are sent once the session is stored, and not at all when scheduling fails.
 */
@Implements({"6.2.1.1.1", "6.2.1.1.2", "6.2.1.3", "6.1.1.2.1"})
public final class MediationService implements MediationUseCases {

  /** 人民调解法 art 33: joint application for judicial confirmation within 30 days of effect. */
  public static final DeadlineRule JUDICIAL_CONFIRMATION =
      DeadlineRule.of(
          "judicial confirmation", TimeLimit.days(30), "agreement effective", "人民调解法 art 33");

  private final MediationCaseRepository cases;
  private final MatterLifecycle matters;
  private final Supervision supervision;
  private final MediationConfiguration config;
  private final VideoRoomProvider videoRooms;
  private final Notifier notifier;
  private final OnlineFilingGateway filing;
  private final WorkingCalendar calendar;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public MediationService(
      MediationCaseRepository cases,
      MatterLifecycle matters,
      Supervision supervision,
      MediationConfiguration config,
      VideoRoomProvider videoRooms,
      Notifier notifier,
      OnlineFilingGateway filing,
      WorkingCalendar calendar,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.matters = Objects.requireNonNull(matters, "matters");
    this.supervision = Objects.requireNonNull(supervision, "supervision");
    this.config = Objects.requireNonNull(config, "config");
    this.videoRooms = Objects.requireNonNull(videoRooms, "videoRooms");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.filing = Objects.requireNonNull(filing, "filing");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public MediationCaseId open(OpenMediationUseCase.Command c) {
    MatterSnapshot m = matters.matter(c.matter());
    if (!MediableMatterRule.mayBeMediated(m, config)) {
      throw new MatterKindMismatchException(c.matter(), m.kind(), "mediation");
    }
    List<MediationCase> earlier = cases.ofMatter(c.matter());
    for (MediationCase open : earlier) {
      if (open.state() != MediationState.CLOSED) {
        throw new IllegalTransitionException(
            "Mediation " + open.id(), open.state(), MediationAction.OPEN);
      }
    }
    boolean reopened =
        m.state() == MatterState.IN_HANDLING
            && m.handling().map(h -> h.track() == Handling.Track.DISPUTE_RESOLUTION).orElse(false);
    if (m.state() != MatterState.ACCEPTED && !reopened) {
      throw new IllegalTransitionException(
          "Matter " + c.matter(), m.state(), MatterAction.START_HANDLING);
    }
    MediationCaseId id = new MediationCaseId(c.matter(), earlier.size() + 1);
    List<String> parties = m.registration().parties().stream().map(p -> p.party().name()).toList();
    MediationCase mc =
        MediationCase.open(id, m.registration().categoryCode(), parties, c.actor(), now());
    store(mc);
    if (!reopened) {
      matters.startHandling(
          new StartHandlingUseCase.Command(
              c.matter(),
              new Handling(Handling.Track.DISPUTE_RESOLUTION, id.toString()),
              c.actor()));
    }
    return id;
  }

  @Override
  public void assess(AssessSuitabilityUseCase.Command c) {
    MediationCase mc = load(c.id());
    mc.assess(c.suitable(), c.reasons(), c.actor(), now());
    store(mc);
  }

  @Override
  public void recordConsent(RecordConsentUseCase.Command c) {
    MediationCase mc = load(c.id());
    List<String> parties = mc.parties();
    if (c.party() < 0 || c.party() >= parties.size()) {
      // the caller's mistake, refused like any other: not an IndexOutOfBoundsException (a 500)
      throw new IllegalArgumentException(
          "mediation " + c.id() + " has no party " + c.party() + "; its parties are " + parties);
    }
    mc.recordConsent(
        new Consent(c.party(), parties.get(c.party()), c.agrees(), c.informed(), now()), c.actor());
    store(mc);
  }

  @Override
  public RoutingDecision route(RouteMediationUseCase.Command c) {
    MediationCase mc = load(c.id());
    MatterSnapshot m = matters.matter(c.id().matter());
    RoutingRule.Jurisdiction jurisdiction =
        m.registration().place().county().equals(config.county())
            ? RoutingRule.Jurisdiction.LOCAL
            : RoutingRule.Jurisdiction.OTHER_COUNTY;
    RoutingDecision d =
        config
            .routing()
            .route(new RoutingFacts(mc.categoryCode(), m.registration().place(), jurisdiction));
    mc.route(d, c.actor(), now());
    store(mc);
    String subject = c.id().matter().toString();
    if (supervision.isSupervised(subject)) {
      supervision.record(
          new TrackProgressUseCase.Command(
              subject,
              new TrackProgressUseCase.Progress.Reassign(
                  d.venue().lead(), d.venue().participants(), "mediation " + c.id()),
              c.actor()));
    } else {
      supervision.open(
          new OpenSupervisionUseCase.Command(
              subject,
              m.registration().description(),
              mc.categoryCode(),
              d.venue().lead(),
              d.venue().participants(),
              c.actor()));
    }
    return d;
  }

  /**
   * Schedules a session in the mode the applicant chose at the 解纷码 entry, when there was a choice
   * (6.1.1.2.1: 自主选择线上调解或线下前往中心处理): a command naming the other mode is refused, and an offline
   * session so chosen is booked online by a party (6.2.1.1.2: 由当事人线上预约线下办理).
   */
  @Override
  @Implements({"6.1.1.2.1", "6.2.1.1.2"})
  public Session schedule(ScheduleSessionUseCase.Command c) {
    MediationCase mc = load(c.id());
    boolean first = mc.sessions().isEmpty();
    c.bookedBy()
        .filter(p -> !mc.parties().contains(p))
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p + " is not a party and cannot book");
            });
    Registration registration = matters.matter(c.id().matter()).registration();
    Optional<ScheduleSessionUseCase.Mode> chosen =
        registration
            .preference()
            .map(
                p ->
                    p == ResolutionPreference.ONLINE_MEDIATION
                        ? ScheduleSessionUseCase.Mode.ONLINE
                        : ScheduleSessionUseCase.Mode.OFFLINE);
    if (chosen.isPresent() && c.mode().isPresent() && !c.mode().equals(chosen)) {
      throw new IllegalArgumentException(
          "the applicant chose "
              + chosen.get()
              + " mediation at the 解纷码 entry; a "
              + c.mode().get()
              + " session is not scheduled against that choice");
    }
    ScheduleSessionUseCase.Mode mode =
        chosen
            .or(c::mode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the applicant made no choice of online or offline mediation: name the"
                            + " session's mode"));
    if (mode == ScheduleSessionUseCase.Mode.ONLINE && c.bookedBy().isPresent()) {
      throw new IllegalArgumentException("online sessions are not booked by a party");
    }
    if (mode == ScheduleSessionUseCase.Mode.OFFLINE
        && chosen.isPresent()
        && c.bookedBy().isEmpty()) {
      throw new IllegalArgumentException(
          "an offline session the applicant chose is booked online by a party; name who booked");
    }
    // everything that can refuse the session is asked before the room is opened and the case
    // written, so a refusal leaves neither a room nor a half-written case behind
    Optional<Venue> moderating =
        mode == ScheduleSessionUseCase.Mode.ONLINE
            ? Optional.of(mc.onlineSessionVenue())
            : Optional.empty();
    Optional<VideoInvitation> invitation =
        moderating.map(v -> videoRooms.invite(videoRequest(mc, c)));
    List<Notification> links =
        invitation
            .map(i -> invitations(mc.id(), i, moderating.orElseThrow(), registration.parties()))
            .orElse(List.of());
    Session s =
        invitation
            .<Session>map(i -> new Session.Online(i.room()))
            .orElseGet(() -> new Session.Offline(config.centerPlace(), c.startsAt(), c.bookedBy()));
    mc.schedule(s, c.actor(), now());
    store(mc);
    links.forEach(notifier::send);
    if (first) {
      supervision.record(
          new TrackProgressUseCase.Command(
              c.id().matter().toString(), new TrackProgressUseCase.Progress.SignFor(), c.actor()));
    }
    return s;
  }

  @Override
  public void recordSession(RecordSessionUseCase.Command c) {
    MediationCase mc = load(c.id());
    mc.holdSession(c.record(), c.actor(), now());
    store(mc);
  }

  @Override
  public void conclude(ConcludeMediationUseCase.Command c) {
    MediationCase mc = load(c.id());
    String summary;
    switch (c.outcome()) {
      case ConcludeMediationUseCase.Outcome.Agreement a -> {
        LocalDate effective = a.agreement().effectiveOn();
        // R10: counted on a provisional year, the date is recorded and shown as provisional
        DueDate due = Deadline.startingOn(JUDICIAL_CONFIRMATION, effective).due(calendar);
        mc.reachAgreement(a.agreement(), due, c.actor(), now());
        summary = "agreement reached; judicial confirmation until " + due.display();
      }
      case ConcludeMediationUseCase.Outcome.Failure f -> {
        mc.fail(f.reason(), f.routesTold(), c.actor(), now());
        summary = "mediation failed: " + f.reason();
      }
    }
    store(mc);
    supervision.record(
        new TrackProgressUseCase.Command(
            c.id().matter().toString(),
            new TrackProgressUseCase.Progress.ReportHandled(summary),
            c.actor()));
  }

  @Override
  public String refer(ReferToLitigationUseCase.Command c) {
    MediationCase mc = load(c.id());
    MatterSnapshot m = matters.matter(c.id().matter());
    String ref = filing.submit(mc.caseFile(m.registration().description()));
    mc.referToLitigation(ref, c.actor(), now());
    store(mc);
    return ref;
  }

  /**
   * Closes the case. A dispute routed onward leaves the matter in handling (the receiving body's
   * report closes it), and only mediation's own part of the matter's file is settled.
   */
  @Override
  @Implements("6.2")
  public void close(CloseMediationUseCase.Command c) {
    MediationCase mc = load(c.id());
    Optional<MatterResult> result = mc.close(c.actor(), now());
    store(mc);
    String subject = c.id().matter().toString();
    if (result.isPresent()) {
      matters.close(new CloseMatterUseCase.Command(c.id().matter(), result.get(), c.actor()));
      settleSupervision(subject, result.get().summary(), c.actor());
    } else {
      settleSupervision(subject, mc.onward().orElseThrow().summary(), c.actor());
    }
  }

  /**
   * Leaves the matter's file completed whatever path the mediation took: a reported handling is
   * completed; a file still pending (a reopened dispute found unsuitable, or its consent refused,
   * before any new routing) is concluded with the result; a matter never routed has no file.
   */
  private void settleSupervision(String subject, String summary, Actor actor) {
    supervision
        .stateOf(subject)
        .ifPresent(
            state -> {
              switch (state.column()) {
                case HANDLED ->
                    supervision.record(
                        new TrackProgressUseCase.Command(
                            subject, new TrackProgressUseCase.Progress.Complete(), actor));
                case PENDING ->
                    supervision.record(
                        new TrackProgressUseCase.Command(
                            subject, new TrackProgressUseCase.Progress.Conclude(summary), actor));
                case COMPLETED -> {}
              }
            });
  }

  /**
   * Recounts on this service's calendar every confirmation due date that was provisional when
   * announced, never earlier (R10); one case failing is reported and the others go on.
   */
  @Override
  @Implements("R10")
  public SweepResult<Recounted> recountConfirmationDues(RecountConfirmationDueUseCase.Command c) {
    List<Recounted> done = new ArrayList<>();
    List<ItemFailure> failed = new ArrayList<>();
    for (MediationCaseId id : cases.withProvisionalConfirmationDue()) {
      try {
        MediationCase mc = load(id);
        Optional<DueDate> announced = mc.judicialConfirmation();
        Optional<MediationAgreement> agreement = mc.snapshot().agreement();
        if (announced.isEmpty() || agreement.isEmpty()) {
          continue;
        }
        DueDate recounted =
            Deadline.startingOn(JUDICIAL_CONFIRMATION, agreement.get().effectiveOn()).due(calendar);
        Optional<DueDate> now = mc.recountConfirmationDue(recounted, c.actor(), now());
        if (now.isPresent()) {
          store(mc);
          done.add(new Recounted(id, announced.get(), now.get()));
        }
      } catch (RuntimeException e) {
        failed.add(ItemFailure.of(id.toString(), e));
      }
    }
    return new SweepResult<>(done, failed);
  }

  /** A case, for queries and tests. */
  public MediationCase mediation(MediationCaseId id) {
    return load(id);
  }

  private MediationCase load(MediationCaseId id) {
    return cases.find(id).orElseThrow(() -> new MediationCaseNotFoundException(id));
  }

  private void store(MediationCase mc) {
    cases.save(mc);
    recorder.record(mc);
  }

  private Instant now() {
    return clock.instant();
  }

  /** The mediator scheduling the session holds it; every party of the case is invited. */
  @Implements("6.2.1.1.2")
  private static VideoRoomRequest videoRequest(MediationCase mc, ScheduleSessionUseCase.Command c) {
    List<VideoParticipant> participants = new ArrayList<>();
    participants.add(VideoParticipant.mediator(c.actor().name()));
    mc.parties().forEach(p -> participants.add(VideoParticipant.party(p)));
    return new VideoRoomRequest(c.id().toString(), c.startsAt(), participants, false);
  }

  /**
   * Each join link addressed to its holder only, for it is a credential: the moderator's to the
   * inbox of the unit leading the venue the dispute was routed to, a party's to the mobile number
   * registered with the matter, else to the party's web account.
   */
  @Implements("6.2.1.1.2")
  private List<Notification> invitations(
      MediationCaseId id,
      VideoInvitation invitation,
      Venue moderating,
      List<MatterParty> registered) {
    String reference = id.toString();
    String when =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(invitation.room().startsAt().atZone(clock.getZone()));
    List<Notification> addressed = new ArrayList<>();
    for (VideoInvitation.JoinLink link : invitation.links()) {
      Notification.Recipient recipient;
      Notification.Channel channel;
      if (link.moderator()) {
        recipient = Notification.Recipient.unit(moderating.lead(), link.participant());
        channel = Notification.Channel.UNIT_INBOX;
      } else {
        Optional<PhoneNumber> mobile =
            registered.stream()
                .map(MatterParty::party)
                .filter(p -> p.name().equals(link.participant()))
                .findFirst()
                .flatMap(p -> p.phone())
                .filter(PhoneNumber::isMobile);
        recipient = new Notification.Recipient(link.participant(), mobile, Optional.empty());
        channel = mobile.isPresent() ? Notification.Channel.SMS : Notification.Channel.WEB;
      }
      Map<String, String> values = new LinkedHashMap<>();
      values.put("startsAt", when);
      values.put("url", link.url());
      addressed.add(
          new Notification(
                  recipient,
                  channel,
                  "线上调解邀请",
                  "调解（" + reference + "）定于 " + when + " 线上进行，请届时通过以下链接进入视频调解室：" + link.url(),
                  reference)
              .withTemplate("video-invitation", values));
    }
    return addressed;
  }
}
