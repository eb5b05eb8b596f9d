package org.db3311.sgc.core.evaluation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionService;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.Finding;
import org.db3311.sgc.core.evaluation.improvement.FindingSource;
import org.db3311.sgc.core.evaluation.improvement.InMemoryCorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.InMemoryRecheckBoard;
import org.db3311.sgc.core.evaluation.improvement.RecheckDeadlines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the feedback channel (9.1 设立意见反馈与投诉渠道，接受群众监督，接受上级组织的监督和指导): which source a
 * corrective action names, whose re-check reaches a ticket, what the record of a ticket says, and
 * the use-case entry points.
 */
@Implements({"9.1", "9.3.3"})
@DisplayName("9.1 意见反馈与投诉渠道 — sources, feedback of re-checks, the ticket's record, entry points")
class FeedbackEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final Actor CENTER = Actor.of("s-1", "中心 督查科");
  static final LocalDate CORRECT_BY = LocalDate.of(2025, 5, 2);

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final Clock clock = Clock.fixed(Instant.parse("2025-04-02T02:00:00Z"), ZONE);
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
  final FeedbackService service =
      new FeedbackService(
          items,
          ids,
          corrections,
          events,
          audit,
          FeedbackDeadlines.defaults(),
          new HolidayTableCalendar(),
          clock);

  FeedbackTicket submit(FeedbackKind kind, Optional<UnitId> about) {
    return service.submit(kind, FeedbackChannel.WEB, "内容 " + kind, about, Optional.empty());
  }

  @Test
  @DisplayName(
      "an upheld complaint raises a public-complaint action; a higher-level item a supervision one,"
          + " with its shorter re-check period")
  void the_action_names_its_source() {
    FeedbackTicket complaint = submit(FeedbackKind.COMPLAINT, Optional.of(HRSS));
    FeedbackTicket supervision = submit(FeedbackKind.HIGHER_LEVEL_SUPERVISION, Optional.of(HRSS));

    CorrectiveAction fromComplaint =
        service
            .answer(complaint, "属实", Optional.of(Verdict.UPHELD), CORRECT_BY, CENTER)
            .orElseThrow();
    CorrectiveAction fromSupervision =
        service.answer(supervision, "整改", Optional.empty(), CORRECT_BY, CENTER).orElseThrow();

    assertThat(fromComplaint.finding().source()).isEqualTo(FindingSource.PUBLIC_COMPLAINT);
    assertThat(fromComplaint.finding().description()).isEqualTo("内容 COMPLAINT");
    assertThat(fromSupervision.finding().source())
        .isEqualTo(FindingSource.HIGHER_LEVEL_SUPERVISION);
    assertThat(items.find(complaint).orElseThrow().correctiveAction()).contains(fromComplaint.id());
  }

  @Test
  @DisplayName("a complaint not upheld, or one naming no unit, raises no corrective action")
  void no_action_without_an_upheld_complaint_and_an_owner() {
    FeedbackTicket notUpheld = submit(FeedbackKind.COMPLAINT, Optional.of(HRSS));
    FeedbackTicket nobody = submit(FeedbackKind.COMPLAINT, Optional.empty());

    assertThat(
            service.answer(notUpheld, "不属实", Optional.of(Verdict.NOT_UPHELD), CORRECT_BY, CENTER))
        .isEmpty();
    assertThat(service.answer(nobody, "属实", Optional.of(Verdict.UPHELD), CORRECT_BY, CENTER))
        .isEmpty();
    assertThat(items.find(nobody).orElseThrow().correctiveAction()).isEmpty();
  }

  @Test
  @DisplayName(
      "a re-check reaches only the ticket whose action it is: an action merely naming the ticket"
          + " sends nothing there")
  void recheck_reaches_only_the_linked_ticket() {
    FeedbackTicket ticket = submit(FeedbackKind.OPINION, Optional.of(HRSS));
    service.answer(ticket, "已采纳", Optional.empty(), CORRECT_BY, CENTER);
    CorrectiveAction unrelated =
        corrections.raise(
            new Finding(FindingSource.INSPECTION, ticket.value(), "内部检查"),
            HRSS,
            "整改",
            CORRECT_BY,
            CENTER);
    corrections.reportCorrection(unrelated.id(), "已整改", CENTER);

    corrections.recheck(unrelated.id(), false, "仍未整改", CENTER);

    assertThat(service.status(ticket).messages())
        .extracting(Feedback.Message::text)
        .containsExactly("已采纳");
  }

  @Test
  @DisplayName("a failed re-check tells the submitter the correction continues")
  void failed_recheck_is_told() {
    FeedbackTicket ticket = submit(FeedbackKind.COMPLAINT, Optional.of(HRSS));
    CorrectiveAction action =
        service.answer(ticket, "属实", Optional.of(Verdict.UPHELD), CORRECT_BY, CENTER).orElseThrow();
    corrections.reportCorrection(action.id(), "培训", CENTER);

    corrections.recheck(action.id(), false, "暗访仍不规范", CENTER);

    assertThat(service.status(ticket).messages().getLast().text())
        .isEqualTo("复查 round 1: not passed, correction continues — 暗访仍不规范");
  }

  @Test
  @DisplayName(
      "the refusal says which rule was broken: a complaint needs a verdict, only it has one")
  void verdict_messages() {
    FeedbackTicket complaint = submit(FeedbackKind.COMPLAINT, Optional.empty());
    FeedbackTicket opinion = submit(FeedbackKind.OPINION, Optional.empty());

    assertThatThrownBy(() -> service.answer(complaint, "r", Optional.empty(), CORRECT_BY, CENTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is answered with a verdict");
    assertThatThrownBy(
            () -> service.answer(opinion, "r", Optional.of(Verdict.UPHELD), CORRECT_BY, CENTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only a complaint has a verdict");
  }

  @Test
  @DisplayName(
      "the ticket's record names the unit it is about and the verdict; the item keeps channel,"
          + " contact and time of receipt")
  void the_record_says_what_happened() {
    FeedbackTicket ticket =
        service.submit(
            FeedbackKind.COMPLAINT,
            FeedbackChannel.PHONE,
            "态度生硬",
            Optional.of(HRSS),
            Optional.of("13800000000"));
    service.assign(ticket, HRSS, CENTER);
    service.answer(ticket, "不属实", Optional.of(Verdict.NOT_UPHELD), CORRECT_BY, CENTER);

    assertThat(events.published(FeedbackEvent.class))
        .extracting(FeedbackEvent::detail)
        .containsExactly(
            "COMPLAINT via PHONE about county.hrss, answer due 2025-04-24",
            "assigned to county.hrss",
            "NOT_UPHELD: 不属实");
    Feedback f = items.find(ticket).orElseThrow();
    assertThat(f.channel()).isEqualTo(FeedbackChannel.PHONE);
    assertThat(f.contact()).contains("13800000000");
    assertThat(f.receivedAt()).isEqualTo(clock.instant());
    assertThat(f.assignedTo()).contains(HRSS);
    assertThat(f.snapshot().assignedTo()).contains(HRSS);
  }

  @Test
  @DisplayName("the use-case entry points assign, answer, close and list overdue items")
  void entry_points() {
    FeedbackTicket ticket = submit(FeedbackKind.COMPLAINT, Optional.empty());
    FeedbackTicket late = submit(FeedbackKind.OPINION, Optional.empty());

    service.assign(new AnswerFeedbackUseCase.Assign(ticket, HRSS, CENTER));
    Optional<CorrectiveActionSnapshot> raised =
        service.answer(
            new AnswerFeedbackUseCase.Answer(
                ticket, "属实", Optional.of(Verdict.UPHELD), CORRECT_BY, CENTER));
    service.close(new AnswerFeedbackUseCase.Close(ticket, CENTER));

    assertThat(raised)
        .hasValueSatisfying(
            a -> {
              assertThat(a.owner()).as("the assigned unit owns it").isEqualTo(HRSS);
              assertThat(a.finding().reference()).isEqualTo(ticket.value());
            });
    assertThat(service.status(ticket).state()).isEqualTo(Feedback.State.CLOSED);
    FeedbackService aMonthLater =
        new FeedbackService(
            items,
            ids,
            corrections,
            events,
            audit,
            FeedbackDeadlines.defaults(),
            new HolidayTableCalendar(),
            Clock.fixed(Instant.parse("2025-05-06T02:00:00Z"), ZONE));
    assertThat(aMonthLater.overdueItems().items())
        .extracting(FeedbackSnapshot::ticket)
        .containsExactly(late);
  }
}
