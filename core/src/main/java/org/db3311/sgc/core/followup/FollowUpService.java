package org.db3311.sgc.core.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterLifecycle;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.ReopenMatterUseCase;
import org.db3311.sgc.core.supervision.Supervision;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;

/**
 * Result notification and follow-up (反馈回访, 6.2.1.4). Subscribe {@link #onMatterEvent} to the domain
 * events: when a matter closes, every party is told the result through the {@link Notifier}
 * (6.2.1.4.1), by text message when the party has a mobile number, by phone for a fixed line, else
 * by letter; when a matter is reopened, by whatever path, its supervision file is reopened with it.
 *
 * <p>After the result notices, every party with a mobile number is sent a satisfaction survey by
 * text message (短信回访). 6.2.1.4.2 only permits a survey (可…进行满意度调查) and leaves the method open;
 * surveying by text message whoever can receive one is this product's choice, and the other methods
 * stay with staff, who record the answers ({@link RecordSurveyUseCase}). The survey is handed to
 * the notifier after the result notices of the same closure, so a queue that sends in order sends
 * it after them.
 *
 * <p>A closure seen twice (the event delivered again) sends nothing twice: the follow-up of a
 * closure round is opened once, and only the call that opens it sends its notices and surveys.
 */
@Implements({"6.2.1.4.1", "6.2.1.4.2", "6.2.1.3"})
public final class FollowUpService implements FollowUpUseCases {

  private final FollowUpRepository followUps;
  private final MatterLifecycle matters;
  private final Supervision supervision;
  private final Notifier notifier;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public FollowUpService(
      FollowUpRepository followUps,
      MatterLifecycle matters,
      Supervision supervision,
      Notifier notifier,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.followUps = Objects.requireNonNull(followUps, "followUps");
    this.matters = Objects.requireNonNull(matters, "matters");
    this.supervision = Objects.requireNonNull(supervision, "supervision");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reacts to matter changes: a closure starts a follow-up and notifies every party; a reopening (a
   * dissatisfied follow-up, or {@link ReopenMatterUseCase} called directly) puts the matter's
   * supervision file back under supervision.
   */
  @Implements({"6.2.1.4.1", "6.2.1.3"})
  public void onMatterEvent(MatterEvent event) {
    switch (event.action()) {
      case CLOSE -> notifyResult(event.matter());
      case REOPEN -> superviseAgain(event.matter(), event.detail(), event.actor());
      default -> {}
    }
  }

  private void notifyResult(MatterSnapshot m) {
    FollowUpId id = new FollowUpId(m.number(), m.reopenCount() + 1);
    if (followUps.find(id).isPresent()) {
      // this closure was seen already: its parties were told and surveyed then
      return;
    }
    List<MatterParty> parties = m.registration().parties();
    FollowUp f =
        FollowUp.open(
            id,
            m.result().orElseThrow(),
            parties.stream().map(p -> p.party().name()).toList(),
            Actor.SYSTEM,
            clock.instant());
    List<ResultNotice> sent = new ArrayList<>();
    for (MatterParty p : parties) {
      Notification.Channel channel =
          p.party()
              .phone()
              .map(ph -> ph.isMobile() ? Notification.Channel.SMS : Notification.Channel.PHONE_CALL)
              .orElse(Notification.Channel.LETTER);
      Notifier.Receipt r =
          notifier.send(
              new Notification(
                      p.party().asRecipient(),
                      channel,
                      "办理结果告知",
                      "您反映的事项（" + m.number() + "）已办结：" + m.result().orElseThrow().summary(),
                      m.number().toString())
                  .withTemplate(
                      "result", java.util.Map.of("summary", m.result().orElseThrow().summary())));
      sent.add(new ResultNotice(p.party().name(), channel, r.deliveryId(), r.sentAt()));
    }
    f.resultNotified(sent, Actor.SYSTEM, clock.instant());
    store(f);
    survey(m, parties);
  }

  /** 6.2.1.4.2 短信回访: a survey by text message to each party with a mobile number. */
  @Implements("6.2.1.4.2")
  private void survey(MatterSnapshot m, List<MatterParty> parties) {
    for (MatterParty p : parties) {
      if (p.party().phone().filter(PhoneNumber::isMobile).isEmpty()) {
        continue;
      }
      notifier.send(
          new Notification(
                  p.party().asRecipient(),
                  Notification.Channel.SMS,
                  "满意度回访",
                  "您反映的事项（" + m.number() + "）已办结，请对办理结果评价：回复1满意，2基本满意，3不满意。",
                  m.number().toString())
              .withTemplate("survey", java.util.Map.of()));
    }
  }

  @Override
  public void record(RecordSurveyUseCase.Command c) {
    FollowUp f = load(c.id());
    f.recordAnswer(
        new SurveyAnswer(c.respondent(), c.method(), c.answer(), c.comment(), clock.instant()),
        c.actor());
    store(f);
  }

  /** The reply actor: the party answering through the SMS gateway, as the audit trail names it. */
  static final Actor SMS_REPLY = Actor.of("sms-reply", "短信回复");

  /**
   * Records a reply to the text survey on the round it was sent for (6.2.1.4.2, a product choice):
   * read by {@code SurveyReplyReading}, recorded once however often it is delivered.
   */
  @Implements("6.2.1.4.2")
  @Override
  public Outcome recordReply(RecordSurveyReplyUseCase.Command c) {
    FollowUp f =
        followUps.ofMatter(c.matter()).stream()
            .filter(x -> !x.snapshot().openedAt().isAfter(c.surveyedAt()))
            .max(java.util.Comparator.comparingInt(x -> x.id().round()))
            .orElseThrow(() -> new FollowUpNotFoundException(new FollowUpId(c.matter(), 1)));
    java.util.Optional<Satisfaction> read = SurveyReplyReading.read(c.text());
    if (read.isEmpty()) {
      return new Outcome.NotUnderstood(
          f.id(), "the reply names none of the answers 1 满意, 2 基本满意, 3 不满意");
    }
    SurveyAnswer answer =
        new SurveyAnswer(c.respondent(), SurveyMethod.SMS, read.get(), c.text(), c.receivedAt());
    if (f.answers().contains(answer)) {
      return new Outcome.Recorded(f.id(), read.get(), true);
    }
    FollowUpAction action =
        read.get() == Satisfaction.DISSATISFIED
            ? FollowUpAction.RECORD_DISSATISFIED
            : FollowUpAction.RECORD_SATISFIED;
    if (!FollowUpWorkflow.TABLE.allows(f.state(), action)) {
      return new Outcome.NotTaken(f.id(), f.state());
    }
    f.recordAnswer(answer, SMS_REPLY);
    store(f);
    return new Outcome.Recorded(f.id(), read.get(), false);
  }

  /**
   * Reopens the follow-up, its matter and the matter's supervision file. The follow-up's transition
   * is checked before the matter moves, and stored only once the matter was reopened, so a refusal
   * of either leaves both as they were.
   */
  @Override
  public void reopen(Reopen c) {
    FollowUp f = load(c.id());
    f.reopen(c.reason(), c.actor(), clock.instant());
    matters.reopen(new ReopenMatterUseCase.Command(c.id().matter(), c.reason(), c.actor()));
    store(f);
    superviseAgain(matters.matter(c.id().matter()), c.reason(), c.actor());
  }

  /**
   * Reopens the completed supervision file of a matter reopened into handling, so the new handling
   * is supervised like the first (6.2.1.3). Reopening after a dissatisfied survey answer is this
   * product's choice: 6.2.1.4.2 only permits the satisfaction survey and says nothing of what
   * follows it. Idempotent: it acts only while the matter is still in the round that reopening
   * started and its file is still completed, so a reopening seen twice (the event delivered again,
   * or both the event and {@link #reopen}) reopens the file once, and never after the matter closed
   * again.
   */
  @Implements("6.2.1.3")
  private void superviseAgain(MatterSnapshot reopened, String reason, Actor actor) {
    String subject = reopened.number().toString();
    if (supervision.stateOf(subject).filter(s -> s == SupervisionState.COMPLETED).isEmpty()) {
      return;
    }
    MatterSnapshot now = matters.matter(reopened.number());
    if (now.state() != MatterState.IN_HANDLING || now.reopenCount() != reopened.reopenCount()) {
      return;
    }
    supervision.record(
        new TrackProgressUseCase.Command(
            subject, new TrackProgressUseCase.Progress.Reopen(reason), actor));
  }

  @Override
  public void conclude(Conclude c) {
    FollowUp f = load(c.id());
    f.conclude(c.actor(), clock.instant());
    store(f);
  }

  /** A follow-up, for queries and tests. */
  public FollowUp followUp(FollowUpId id) {
    return load(id);
  }

  private FollowUp load(FollowUpId id) {
    return followUps.find(id).orElseThrow(() -> new FollowUpNotFoundException(id));
  }

  private void store(FollowUp f) {
    followUps.save(f);
    recorder.record(f);
  }
}
