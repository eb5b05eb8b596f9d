package org.db3311.sgc.core.evaluation.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"9.3.1", "9.3.3"})
@DisplayName("9.3 应根据评价结果制定纠正措施；建立改进跟踪复查机制，实时公开和反馈复查验证信息")
class CorrectiveActionServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor INSPECTOR = Actor.of("s-300", "督查 陈");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final UnitId TOWN = UnitId.of("town.liandu.01");

  final InMemoryCorrectiveActionRepository repo = new InMemoryCorrectiveActionRepository();
  final InMemoryRecheckBoard board = new InMemoryRecheckBoard();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();
  final CorrectiveActionService service =
      new CorrectiveActionService(
          repo,
          ids,
          board,
          RecheckDeadlines.defaults(),
          new HolidayTableCalendar(),
          events,
          audit,
          Clock.fixed(Instant.parse("2025-04-02T02:00:00Z"), ZONE));

  static EvaluationSheet marchSheet() {
    Map<UnitId, Map<MetricKind, Rate>> d = new LinkedHashMap<>();
    Map<MetricKind, Rate> hrss = new EnumMap<>(MetricKind.class);
    hrss.put(MetricKind.RESPONSE_RATE, new Rate(80, 100));
    hrss.put(MetricKind.SATISFACTION_RATE, new Rate(99, 100));
    d.put(HRSS, hrss);
    Map<MetricKind, Rate> town = new EnumMap<>(MetricKind.class);
    town.put(MetricKind.RESPONSE_RATE, new Rate(100, 100));
    town.put(MetricKind.SATISFACTION_RATE, Rate.EMPTY);
    d.put(TOWN, town);
    return new EvaluationSheet(
        Period.month(YearMonth.of(2025, 3), ZONE),
        Instant.parse("2025-03-31T16:00:00Z"),
        Map.of(MetricKind.RESPONSE_RATE, 1, MetricKind.SATISFACTION_RATE, 1),
        d,
        Map.of());
  }

  @Test
  @DisplayName("9.3.1 a figure below its target raises one corrective action for its department")
  void raised_from_evaluation_results() {
    List<CorrectiveAction> raised =
        service.raiseFromSheet(
            marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR);

    assertThat(raised).hasSize(1);
    CorrectiveAction a = raised.get(0);
    assertThat(a.owner()).isEqualTo(HRSS);
    assertThat(a.finding().source()).isEqualTo(FindingSource.EVALUATION_FIGURE);
    assertThat(a.finding().reference()).isEqualTo("RESPONSE_RATE/county.hrss/2025-03/v1");
    assertThat(
            service.raiseFromSheet(
                marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR))
        .as("not raised twice while open")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "9.3.3 every re-check result is disclosed at once; a failed re-check sends the action back")
  void rechecks_are_published() {
    CorrectiveAction a =
        service
            .raiseFromSheet(
                marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR)
            .get(0);
    List<RecheckResult> heard = new java.util.ArrayList<>();
    service.onRecheck((action, r) -> heard.add(r));

    service.reportCorrection(a.id(), "设立签收提醒，值班表调整", Actor.of("h-1", "人社局 张"));
    service.recheck(a.id(), false, "4 月上旬响应率 88 %", INSPECTOR);
    assertThat(repo.find(a.id()).orElseThrow().state()).isEqualTo(CorrectiveAction.State.OPEN);
    assertThat(board.published()).hasSize(1);
    assertThat(board.published().get(0).passed()).isFalse();

    service.reportCorrection(a.id(), "增设专人签收", Actor.of("h-1", "人社局 张"));
    service.recheck(a.id(), true, "4 月下旬响应率 97 %", INSPECTOR);

    assertThat(repo.find(a.id()).orElseThrow().state()).isEqualTo(CorrectiveAction.State.VERIFIED);
    assertThat(board.published())
        .extracting(PublishedRecheck::round, PublishedRecheck::passed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, false),
            org.assertj.core.groups.Tuple.tuple(2, true));
    assertThat(heard).hasSize(2);
  }

  @Test
  @DisplayName("re-checking before a correction is reported names the state and the action")
  void illegal_transition() {
    CorrectiveAction a =
        service.raise(
            new Finding(FindingSource.INSPECTION, "INS-1", "台账不全"),
            TOWN,
            "补齐台账",
            LocalDate.of(2025, 4, 10),
            INSPECTOR);

    assertThatThrownBy(() -> service.recheck(a.id(), true, "ok", INSPECTOR))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("OPEN")
        .hasMessageContaining("RECHECK_PASSED");
    assertThat(board.published()).isEmpty();
  }

  @Test
  @DisplayName("actions not verified by their due date are overdue")
  void overdue() {
    service.raise(
        new Finding(FindingSource.INSPECTION, "INS-2", "x"),
        TOWN,
        "y",
        LocalDate.of(2025, 4, 1),
        INSPECTOR);
    service.raise(
        new Finding(FindingSource.INSPECTION, "INS-3", "x"),
        TOWN,
        "y",
        LocalDate.of(2025, 4, 2),
        INSPECTOR);

    assertThat(service.overdue().items())
        .extracting(a -> a.finding().reference())
        .containsExactly("INS-2");
  }

  @Test
  @Implements("9.3.3")
  @DisplayName("raising, reporting and every re-check of an action are audited and published")
  void every_change_is_recorded() {
    CorrectiveAction a =
        service
            .raiseFromSheet(
                marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR)
            .get(0);
    Actor hrss = Actor.of("h-1", "人社局 张");
    service.reportCorrection(a.id(), "设立签收提醒", hrss);
    service.recheck(a.id(), false, "响应率 88 %", INSPECTOR);
    service.reportCorrection(a.id(), "增设专人签收", hrss);
    service.recheck(a.id(), true, "响应率 97 %", INSPECTOR);

    List<CorrectiveActionEvent> recorded =
        RecordedChanges.of(events, audit, CorrectiveActionEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "RAISE -→OPEN",
            "REPORT_CORRECTION OPEN→CORRECTION_REPORTED",
            "RECHECK_FAILED CORRECTION_REPORTED→OPEN",
            "REPORT_CORRECTION OPEN→CORRECTION_REPORTED",
            "RECHECK_PASSED CORRECTION_REPORTED→VERIFIED");
    assertThat(recorded)
        .extracting(CorrectiveActionEvent::actor)
        .containsExactly(INSPECTOR, hrss, INSPECTOR, hrss, INSPECTOR);
    assertThat(recorded.get(2).detail()).contains("re-check 1", "88 %");
  }

  @Test
  @Implements({"9.3.3", "R9"})
  @DisplayName(
      "9.3.3 a reported correction is due for re-check within 5 working days, past the Qingming holiday")
  void recheck_due_on_working_days() {
    CorrectiveAction a =
        service
            .raiseFromSheet(
                marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR)
            .get(0);
    service.reportCorrection(a.id(), "设立签收提醒", Actor.of("h-1", "人社局 张"));

    assertThat(repo.find(a.id()).orElseThrow().recheckDue()).contains(LocalDate.of(2025, 4, 10));
    assertThat(at("2025-04-10T09:00:00Z").rechecksOverdue().items()).isEmpty();
    assertThat(at("2025-04-11T01:00:00Z").rechecksOverdue().items())
        .extracting(CorrectiveAction::id)
        .containsExactly(a.id());
    at("2025-04-11T02:00:00Z").recheck(a.id(), true, "已整改", INSPECTOR);
    assertThat(repo.find(a.id()).orElseThrow().recheckDue()).isEmpty();
    assertThat(at("2025-04-12T02:00:00Z").rechecksOverdue().items()).isEmpty();
    assertThat(
            RecheckDeadlines.defaults()
                .with(
                    FindingSource.EVALUATION_FIGURE, org.db3311.sgc.core.calendar.TimeLimit.days(7))
                .ruleFor(FindingSource.EVALUATION_FIGURE)
                .limit())
        .isEqualTo(org.db3311.sgc.core.calendar.TimeLimit.days(7));
  }

  @Test
  @DisplayName("a new service on a new repository rebuilt from the stored snapshots loses nothing")
  void survives_a_restart() {
    CorrectiveAction a =
        service
            .raiseFromSheet(
                marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR)
            .get(0);
    service.reportCorrection(a.id(), "设立签收提醒", Actor.of("h-1", "人社局 张"));
    CorrectiveActionSnapshot before = repo.find(a.id()).orElseThrow().snapshot();

    InMemoryCorrectiveActionRepository restarted = new InMemoryCorrectiveActionRepository();
    restarted.save(CorrectiveAction.fromSnapshot(before, org.db3311.sgc.core.common.Version.NEW));
    CorrectiveActionService after =
        new CorrectiveActionService(
            restarted,
            ids,
            board,
            RecheckDeadlines.defaults(),
            new HolidayTableCalendar(),
            events,
            audit,
            Clock.fixed(Instant.parse("2025-04-11T01:00:00Z"), ZONE));

    assertThat(restarted.find(a.id()).orElseThrow().snapshot()).isEqualTo(before);
    assertThat(after.rechecksOverdue().items())
        .extracting(CorrectiveAction::id)
        .containsExactly(a.id());
    assertThat(after.recheck(a.id(), true, "已整改", INSPECTOR).round()).isEqualTo(1);
    assertThat(
            after.raiseFromSheet(
                marchSheet(), MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR))
        .as("the verified action is known after the restart; the figure raises a new one")
        .hasSize(1);
  }

  @Test
  @DisplayName("an unknown action is a CorrectiveActionNotFoundException naming it")
  void unknown_action() {
    assertThatThrownBy(
            () -> service.reportCorrection(CorrectiveActionId.of("CA-2025-9999"), "x", INSPECTOR))
        .isInstanceOf(CorrectiveActionNotFoundException.class)
        .isInstanceOf(org.db3311.sgc.core.common.NotFoundException.class)
        .hasMessageContaining("CA-2025-9999");
  }

  @Test
  @Implements("9.3.3")
  @DisplayName(
      "a listener that fails to feed a re-check back is reported; the other listeners still hear it")
  void one_failing_listener_does_not_stop_the_others() {
    CorrectiveAction a =
        service.raise(
            new Finding(FindingSource.INSPECTION, "INS-9", "台账不全"),
            TOWN,
            "补齐台账",
            LocalDate.of(2025, 4, 10),
            INSPECTOR);
    List<RecheckResult> heard = new java.util.ArrayList<>();
    service.onRecheck(
        (action, r) -> {
          throw new IllegalStateException("SMS gateway down");
        });
    service.onRecheck((action, r) -> heard.add(r));
    service.reportCorrection(a.id(), "已补齐", Actor.of("t-1", "镇"));

    RecheckResult r = service.recheck(a.id(), true, "已补齐", INSPECTOR);

    assertThat(heard).containsExactly(r);
    assertThat(board.published()).hasSize(1);
    assertThat(service.failedFeedback())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("SMS gateway down"));
  }

  @Test
  @Implements("9.3.3")
  @DisplayName(
      "an action that cannot be read is reported; the other overdue re-checks and actions are still listed")
  void one_unreadable_action_does_not_hide_the_others() {
    CorrectiveAction broken =
        service.raise(
            new Finding(FindingSource.INSPECTION, "INS-7", "x"),
            TOWN,
            "y",
            LocalDate.of(2025, 4, 3),
            INSPECTOR);
    CorrectiveAction late =
        service.raise(
            new Finding(FindingSource.INSPECTION, "INS-8", "x"),
            TOWN,
            "y",
            LocalDate.of(2025, 4, 3),
            INSPECTOR);
    service.reportCorrection(broken.id(), "done", INSPECTOR);
    service.reportCorrection(late.id(), "done", INSPECTOR);
    CorrectiveActionRepository failing =
        new CorrectiveActionRepository() {
          @Override
          public void save(CorrectiveAction action) {
            repo.save(action);
          }

          @Override
          public java.util.Optional<CorrectiveAction> find(CorrectiveActionId id) {
            if (id.equals(broken.id())) {
              throw new IllegalStateException("row cannot be mapped");
            }
            return repo.find(id);
          }

          @Override
          public List<CorrectiveAction> all() {
            throw new IllegalStateException("a whole-table read fails on the broken row");
          }

          @Override
          public List<CorrectiveActionId> ids() {
            return repo.ids();
          }
        };
    CorrectiveActionService later =
        new CorrectiveActionService(
            failing,
            ids,
            board,
            RecheckDeadlines.defaults(),
            new HolidayTableCalendar(),
            events,
            audit,
            Clock.fixed(Instant.parse("2025-05-06T02:00:00Z"), ZONE));

    for (org.db3311.sgc.core.common.SweepResult<CorrectiveAction> r :
        List.of(later.rechecksOverdue(), later.overdue())) {
      assertThat(r.items()).extracting(CorrectiveAction::id).containsExactly(late.id());
      assertThat(r.failed())
          .singleElement()
          .satisfies(f -> assertThat(f.item()).isEqualTo(broken.id().value()));
    }
  }

  CorrectiveActionService at(String instant) {
    return new CorrectiveActionService(
        repo,
        ids,
        board,
        RecheckDeadlines.defaults(),
        new HolidayTableCalendar(),
        events,
        audit,
        Clock.fixed(Instant.parse(instant), ZONE));
  }

  @Test
  @Implements("9.3.1")
  @DisplayName("the raise use case takes a validated command and returns the action as stored")
  void raise_use_case() {
    RaiseCorrectiveActionUseCase useCase = service;
    CorrectiveActionSnapshot raised =
        useCase.raise(
            new RaiseCorrectiveActionUseCase.Command(
                new Finding(FindingSource.INSPECTION, "INS-20", "台账不全"),
                TOWN,
                "补齐台账",
                LocalDate.of(2025, 4, 30),
                INSPECTOR));
    assertThat(repo.find(raised.id()).orElseThrow().snapshot()).isEqualTo(raised);
    assertThatThrownBy(
            () ->
                new RaiseCorrectiveActionUseCase.Command(
                    new Finding(FindingSource.INSPECTION, "INS-21", "x"),
                    TOWN,
                    " ",
                    LocalDate.of(2025, 4, 30),
                    INSPECTOR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("9.3.3 every action is listed, and the public board holds every re-check disclosed")
  void actions_and_the_public_board_are_read_back() {
    CorrectiveAction first =
        service.raise(
            new Finding(FindingSource.INSPECTION, "INS-1", "窗口无导办人员"),
            HRSS,
            "安排导办人员",
            LocalDate.of(2025, 4, 30),
            INSPECTOR);
    CorrectiveAction second =
        service.raise(
            new Finding(FindingSource.INSPECTION, "INS-2", "公示栏信息过期"),
            TOWN,
            "更新公示栏",
            LocalDate.of(2025, 4, 30),
            INSPECTOR);
    service.reportCorrection(second.id(), "已更新", INSPECTOR);
    service.recheck(second.id(), true, "现场核实已更新", INSPECTOR);

    assertThat(service.actions().items())
        .extracting(CorrectiveActionSnapshot::id)
        .containsExactly(first.id(), second.id());
    assertThat(service.actions().complete()).isTrue();
    assertThat(service.publishedRechecks())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.actionId()).isEqualTo(second.id());
              assertThat(p.passed()).isTrue();
              assertThat(p.notes()).isEqualTo("现场核实已更新");
            });
  }
}
