package org.db3311.sgc.core.evaluation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionService;
import org.db3311.sgc.core.evaluation.improvement.InMemoryCorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.InMemoryRecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.RecheckDeadlines;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("9.1")
@DisplayName("9.1 设立意见反馈与投诉渠道，接受群众监督，接受上级组织的监督和指导")
class FeedbackServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final Actor CENTER = Actor.of("s-1", "中心 督查科");

  final Clock clock = Clock.fixed(Instant.parse("2025-04-02T02:00:00Z"), ZONE);
  final HolidayTableCalendar calendar = new HolidayTableCalendar();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();
  final CorrectiveActionService corrections =
      new CorrectiveActionService(
          new InMemoryCorrectiveActionRepository(),
          ids,
          new InMemoryRecheckBoard(),
          RecheckDeadlines.defaults(),
          new HolidayTableCalendar(),
          events,
          audit,
          clock);
  final InMemoryFeedbackRepository items = new InMemoryFeedbackRepository();
  final FeedbackService service = at(clock);

  FeedbackService at(Clock c) {
    return new FeedbackService(
        items, ids, corrections, events, audit, FeedbackDeadlines.defaults(), calendar, c);
  }

  @Test
  @DisplayName("anyone can submit, anonymously too, and follow the answer by ticket")
  void anonymous_opinion() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.OPINION,
            FeedbackChannel.SUGGESTION_BOX,
            "等候区座椅不够",
            Optional.empty(),
            Optional.empty());
    Optional<CorrectiveAction> none =
        service.answer(ticket, "已增设座椅 20 个", Optional.empty(), LocalDate.of(2025, 5, 1), CENTER);

    PublicStatus status = service.status(ticket);
    assertThat(none).isEmpty();
    assertThat(status.state()).isEqualTo(Feedback.State.ANSWERED);
    assertThat(status.messages()).extracting(Feedback.Message::text).containsExactly("已增设座椅 20 个");
  }

  @Test
  @DisplayName(
      "an upheld complaint raises a corrective action whose re-checks are fed back to the ticket")
  void upheld_complaint_closes_the_loop() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.COMPLAINT,
            FeedbackChannel.WEB,
            "窗口人员态度生硬",
            Optional.of(HRSS),
            Optional.of("13800000000"));
    service.assign(ticket, HRSS, CENTER);

    CorrectiveAction action =
        service
            .answer(
                ticket,
                "经核实属实，已约谈并整改",
                Optional.of(Verdict.UPHELD),
                LocalDate.of(2025, 4, 20),
                CENTER)
            .orElseThrow();
    corrections.reportCorrection(action.id(), "开展服务礼仪培训", Actor.of("h-1", "人社局"));
    corrections.recheck(action.id(), true, "暗访两次，服务规范", CENTER);

    PublicStatus status = service.status(ticket);
    assertThat(action.owner()).isEqualTo(HRSS);
    assertThat(status.verdict()).contains(Verdict.UPHELD);
    assertThat(status.messages()).hasSize(2);
    assertThat(status.messages().get(1).text()).contains("复查 round 1: passed");
    assertThat(status.toString()).doesNotContain("13800000000");
  }

  @Test
  @DisplayName("a complaint is answered with a verdict; other feedback without one")
  void verdicts() {
    FeedbackTicket complaint =
        service.submit(
            FeedbackKind.COMPLAINT, FeedbackChannel.PHONE, "x", Optional.empty(), Optional.empty());
    FeedbackTicket praise =
        service.submit(
            FeedbackKind.PRAISE, FeedbackChannel.PHONE, "y", Optional.empty(), Optional.empty());

    assertThatThrownBy(
            () ->
                service.answer(complaint, "r", Optional.empty(), LocalDate.of(2025, 5, 1), CENTER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                service.answer(
                    praise, "r", Optional.of(Verdict.UPHELD), LocalDate.of(2025, 5, 1), CENTER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("higher-level supervision is accepted and acted on")
  void higher_level_supervision() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.HIGHER_LEVEL_SUPERVISION,
            FeedbackChannel.HIGHER_LEVEL,
            "市中心督导：调解协议归档不及时",
            Optional.of(HRSS),
            Optional.empty());

    Optional<CorrectiveAction> action =
        service.answer(ticket, "限期一个月整改", Optional.empty(), LocalDate.of(2025, 5, 2), CENTER);

    assertThat(action).isPresent();
    assertThat(action.get().finding().reference()).isEqualTo(ticket.value());
  }

  @Test
  @Implements({"9.1", "R9"})
  @DisplayName(
      "feedback is answered within its kind's working days; past that it is overdue; a closed item cannot be answered")
  void deadlines_and_states() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.OPINION, FeedbackChannel.WEB, "x", Optional.empty(), Optional.empty());
    FeedbackTicket supervision =
        service.submit(
            FeedbackKind.HIGHER_LEVEL_SUPERVISION,
            FeedbackChannel.LETTER,
            "市督查反馈",
            Optional.of(HRSS),
            Optional.empty());

    assertThat(items.find(ticket).orElseThrow().answerDue())
        .as("15 working days from 2 April 2025, past the Qingming holiday (4–6 April)")
        .isEqualTo(LocalDate.of(2025, 4, 24));
    assertThat(items.find(supervision).orElseThrow().answerDue())
        .isEqualTo(LocalDate.of(2025, 4, 17));
    assertThat(at(Clock.fixed(Instant.parse("2025-04-17T09:00:00Z"), ZONE)).overdue().items())
        .isEmpty();
    assertThat(at(Clock.fixed(Instant.parse("2025-04-18T02:00:00Z"), ZONE)).overdue().items())
        .extracting(Feedback::ticket)
        .containsExactly(supervision);
    assertThat(at(Clock.fixed(Instant.parse("2025-04-25T02:00:00Z"), ZONE)).overdue().items())
        .extracting(Feedback::ticket)
        .containsExactly(ticket, supervision);

    service.answer(ticket, "r", Optional.empty(), LocalDate.of(2025, 5, 1), CENTER);
    service.close(ticket, CENTER);
    assertThatThrownBy(
            () ->
                service.answer(ticket, "again", Optional.empty(), LocalDate.of(2025, 5, 1), CENTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CLOSED");
  }

  @Test
  @Implements("9.1")
  @DisplayName(
      "a ticket's submission, assignment, answer, corrective action, re-check message and closure are audited")
  void every_change_is_recorded() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.COMPLAINT,
            FeedbackChannel.WEB,
            "窗口人员态度生硬",
            Optional.of(HRSS),
            Optional.of("13800000000"));
    service.assign(ticket, HRSS, CENTER);
    CorrectiveAction a =
        service
            .answer(ticket, "经核实属实", Optional.of(Verdict.UPHELD), LocalDate.of(2025, 5, 1), CENTER)
            .orElseThrow();
    corrections.reportCorrection(a.id(), "开展服务规范培训", Actor.of("h-1", "人社局 张"));
    corrections.recheck(a.id(), true, "暗访两次，态度良好", CENTER);
    service.close(ticket, CENTER);

    List<FeedbackEvent> recorded = RecordedChanges.of(events, audit, FeedbackEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "SUBMIT -→RECEIVED",
            "ASSIGN RECEIVED→ASSIGNED",
            "ANSWER ASSIGNED→ANSWERED",
            "LINK_CORRECTIVE_ACTION ANSWERED→ANSWERED",
            "SEND_MESSAGE ANSWERED→ANSWERED",
            "CLOSE ANSWERED→CLOSED");
    assertThat(recorded.getFirst().actor()).isEqualTo(Feedback.PUBLIC);
    assertThat(recorded.getFirst().detail()).doesNotContain("13800000000");
    assertThat(recorded.get(3).detail()).contains(a.id().value());
    assertThat(audit.of("CorrectiveAction", a.id().value())).hasSize(3);
  }

  @Test
  @DisplayName("a new service on a new repository rebuilt from the stored snapshots loses nothing")
  void survives_a_restart() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.COMPLAINT,
            FeedbackChannel.WEB,
            "窗口人员态度生硬",
            Optional.of(HRSS),
            Optional.of("13800000000"));
    service.assign(ticket, HRSS, CENTER);
    FeedbackSnapshot before = items.find(ticket).orElseThrow().snapshot();

    InMemoryFeedbackRepository restarted = new InMemoryFeedbackRepository();
    restarted.save(Feedback.fromSnapshot(before, org.db3311.sgc.core.common.Version.NEW));
    FeedbackService after =
        new FeedbackService(
            restarted,
            ids,
            corrections,
            events,
            audit,
            FeedbackDeadlines.defaults(),
            calendar,
            Clock.fixed(Instant.parse("2025-05-02T02:00:00Z"), ZONE));

    assertThat(restarted.find(ticket).orElseThrow().snapshot()).isEqualTo(before);
    assertThat(after.overdue().items()).extracting(Feedback::ticket).containsExactly(ticket);
    assertThat(
            after.answer(
                ticket, "属实", Optional.of(Verdict.UPHELD), LocalDate.of(2025, 6, 1), CENTER))
        .as("the assignment survived: the upheld complaint goes to its unit")
        .hasValueSatisfying(a -> assertThat(a.owner()).isEqualTo(HRSS));
    assertThatThrownBy(() -> after.status(FeedbackTicket.of("FB-2025-99999")))
        .isInstanceOf(FeedbackNotFoundException.class);
  }

  @Test
  @Implements({"9.1", "R9"})
  @DisplayName(
      "an item that cannot be read is reported and the other overdue items are still listed")
  void one_unreadable_item_does_not_hide_the_others() {
    FeedbackTicket broken =
        service.submit(
            FeedbackKind.OPINION, FeedbackChannel.WEB, "a", Optional.empty(), Optional.empty());
    FeedbackTicket late =
        service.submit(
            FeedbackKind.OPINION, FeedbackChannel.WEB, "b", Optional.empty(), Optional.empty());
    FeedbackRepository failing =
        new FeedbackRepository() {
          @Override
          public void save(Feedback feedback) {
            items.save(feedback);
          }

          @Override
          public Optional<Feedback> find(FeedbackTicket ticket) {
            if (ticket.equals(broken)) {
              throw new IllegalStateException("row cannot be mapped");
            }
            return items.find(ticket);
          }

          @Override
          public List<Feedback> all() {
            throw new IllegalStateException("a whole-table read fails on the broken row");
          }

          @Override
          public List<FeedbackTicket> tickets() {
            return items.tickets();
          }
        };
    FeedbackService s =
        new FeedbackService(
            failing,
            ids,
            corrections,
            events,
            audit,
            FeedbackDeadlines.defaults(),
            calendar,
            Clock.fixed(Instant.parse("2025-05-02T02:00:00Z"), ZONE));

    org.db3311.sgc.core.common.SweepResult<Feedback> r = s.overdue();

    assertThat(r.items()).extracting(Feedback::ticket).containsExactly(late);
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.item()).isEqualTo(broken.value());
              assertThat(f.reason()).contains("row cannot be mapped");
            });
  }

  @Test
  @DisplayName("the submit use case takes a validated command; blank feedback is refused")
  void submit_use_case() {
    SubmitFeedbackUseCase useCase = service;
    FeedbackTicket ticket =
        useCase.submit(
            new SubmitFeedbackUseCase.Command(
                FeedbackKind.PRAISE,
                FeedbackChannel.WEB,
                "窗口服务好",
                Optional.of(HRSS),
                Optional.empty()));
    assertThat(service.status(ticket).kind()).isEqualTo(FeedbackKind.PRAISE);
    assertThatThrownBy(
            () ->
                new SubmitFeedbackUseCase.Command(
                    FeedbackKind.OPINION,
                    FeedbackChannel.WEB,
                    "",
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("staff read an item with its contact, and every item is listed oldest first")
  void staff_read_items() {
    FeedbackTicket a =
        service.submit(
            FeedbackKind.PRAISE,
            FeedbackChannel.WEB,
            "调解员很耐心",
            Optional.empty(),
            Optional.of("13800000000"));
    FeedbackTicket b =
        service.submit(
            FeedbackKind.OPINION,
            FeedbackChannel.PHONE,
            "希望延长窗口时间",
            Optional.empty(),
            Optional.empty());

    assertThat(service.item(a).contact()).contains("13800000000");
    assertThat(service.items().items()).extracting(FeedbackSnapshot::ticket).containsExactly(a, b);
    assertThatThrownBy(() -> service.item(FeedbackTicket.of("FB-2025-99999")))
        .isInstanceOf(FeedbackNotFoundException.class);
  }
}
