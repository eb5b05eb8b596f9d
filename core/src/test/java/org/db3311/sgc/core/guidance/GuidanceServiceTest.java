package org.db3311.sgc.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.8")
@DisplayName("6.8 承接省市县工作任务，指导乡镇（街道）、村（社）— tasks with due dates under supervision")
class GuidanceServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor CENTER = Actor.of("s-70", "指导科 郑");
  static final Actor TOWN_CLERK = Actor.of("t-1", "镇综治办 冯");
  static final GrassrootsUnit TOWN =
      new GrassrootsUnit("331121101", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP);
  static final GrassrootsUnit VILLAGE =
      new GrassrootsUnit("331121101201", "某村", GrassrootsUnit.Level.VILLAGE);
  static final LocalDate DUE = LocalDate.of(2025, 6, 30);

  final InMemoryGuidanceTaskRepository repo = new InMemoryGuidanceTaskRepository();
  final InMemorySupervisionNotifier notifier = new InMemorySupervisionNotifier();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();

  GuidanceService on(LocalDate day) {
    return new GuidanceService(
        repo,
        ids,
        notifier,
        SupervisionPolicy.defaults(),
        GuidanceDeadlines.defaults(),
        new HolidayTableCalendar(),
        events,
        audit,
        Clock.fixed(day.atStartOfDay(ZONE).toInstant().plusSeconds(32_400), ZONE));
  }

  GuidanceTask issue() {
    return on(LocalDate.of(2025, 6, 1))
        .issue(
            IssuerLevel.CITY,
            "丽市治〔2025〕12号",
            GuidanceTopic.GRID_WORK,
            "全科网格事项清单更新",
            "各乡镇、村更新网格员事项清单并录入平台",
            Due.on(DUE),
            List.of(TOWN, VILLAGE),
            CENTER);
  }

  @Test
  @DisplayName(
      "an assignee accepts, reports, is returned once and then verified; the task completes")
  void tracked_to_verification() {
    GuidanceTask t = issue();
    GuidanceService s = on(LocalDate.of(2025, 6, 10));
    s.accept(t.id(), TOWN.code(), TOWN_CLERK);
    s.report(t.id(), TOWN.code(), "清单已更新 120 项", TOWN_CLERK);
    s.verify(t.id(), TOWN.code(), false, "缺少平台录入截图", CENTER);
    s.report(t.id(), TOWN.code(), "补充截图", TOWN_CLERK);
    s.verify(t.id(), TOWN.code(), true, "符合要求", CENTER);

    TaskProgress p = s.progress(t.id());
    assertThat(p.verified()).isEqualTo(1);
    assertThat(p.assignees()).isEqualTo(2);
    assertThat(p.byState())
        .containsEntry(Assignment.State.VERIFIED, 1L)
        .containsEntry(Assignment.State.ASSIGNED, 1L);
    assertThat(repo.find(t.id()).orElseThrow().isComplete()).isFalse();
    assertThatThrownBy(() -> s.verify(t.id(), VILLAGE.code(), true, "x", CENTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("ASSIGNED");
  }

  @Test
  @DisplayName(
      "supervision reminds 2 working days before the due date, urges after it, escalates 5 working days late — once each")
  void supervision() {
    GuidanceTask t = issue();
    on(LocalDate.of(2025, 6, 10)).accept(t.id(), TOWN.code(), TOWN_CLERK);

    assertThat(on(LocalDate.of(2025, 6, 20)).sweep().sent()).isEmpty();
    assertThat(on(LocalDate.of(2025, 6, 28)).sweep().sent())
        .extracting(SupervisionNotice::level)
        .containsOnly(SupervisionNotice.Level.REMINDER)
        .hasSize(2);
    assertThat(on(LocalDate.of(2025, 6, 29)).sweep().sent()).isEmpty();
    on(LocalDate.of(2025, 6, 30)).report(t.id(), TOWN.code(), "done", TOWN_CLERK);
    on(LocalDate.of(2025, 6, 30)).verify(t.id(), TOWN.code(), true, "ok", CENTER);

    assertThat(on(LocalDate.of(2025, 7, 2)).sweep().sent())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.unit()).isEqualTo(VILLAGE);
              assertThat(n.level()).isEqualTo(SupervisionNotice.Level.URGING);
              assertThat(n.workingDaysOverdue()).isEqualTo(2);
            });
    assertThat(on(LocalDate.of(2025, 7, 8)).sweep().sent())
        .extracting(SupervisionNotice::level)
        .containsExactly(SupervisionNotice.Level.ESCALATION);
    assertThat(on(LocalDate.of(2025, 7, 8)).progress(t.id()).overdue()).containsExactly(VILLAGE);
    assertThat(notifier.sent()).hasSize(4);
  }

  @Test
  @DisplayName(
      "a task names its source, at least one assignee, each once, and is not due in the past")
  void task_invariants() {
    GuidanceService s = on(LocalDate.of(2025, 6, 1));
    assertThatThrownBy(
            () ->
                s.issue(
                    IssuerLevel.COUNTY,
                    "县委办通知",
                    GuidanceTopic.EPIDEMIC_CONTROL,
                    "t",
                    "r",
                    Due.on(DUE),
                    List.of(),
                    CENTER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                s.issue(
                    IssuerLevel.COUNTY,
                    "x",
                    GuidanceTopic.EPIDEMIC_CONTROL,
                    "t",
                    "r",
                    Due.on(DUE),
                    List.of(TOWN, TOWN),
                    CENTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                s.issue(
                    IssuerLevel.PROVINCE,
                    "x",
                    GuidanceTopic.OTHER,
                    "t",
                    "r",
                    Due.on(LocalDate.of(2025, 5, 1)),
                    List.of(TOWN),
                    CENTER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.report(issue().id(), "nowhere", "x", TOWN_CLERK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "issuing a task, each assignee's step and each supervision notice are audited and published")
  void every_change_is_recorded() {
    GuidanceTask t = issue();
    GuidanceService s = on(LocalDate.of(2025, 6, 10));
    s.accept(t.id(), TOWN.code(), TOWN_CLERK);
    s.report(t.id(), TOWN.code(), "清单已更新", TOWN_CLERK);
    s.verify(t.id(), TOWN.code(), false, "缺少村级清单", CENTER);

    List<GuidanceTaskEvent> recorded = RecordedChanges.of(events, audit, GuidanceTaskEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "ISSUE -→ASSIGNED",
            "ACCEPT ASSIGNED→ACCEPTED",
            "REPORT ACCEPTED→REPORTED",
            "RETURN REPORTED→ACCEPTED");
    assertThat(recorded.subList(1, 4))
        .extracting(GuidanceTaskEvent::unit)
        .containsOnly(java.util.Optional.of(TOWN.code()));
    assertThat(recorded.getLast().actor()).isEqualTo(CENTER);
    assertThat(recorded.getLast().detail()).contains("缺少村级清单");
    assertThat(recorded).extracting(e -> e.version().value()).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  @Implements({"6.8", "R9"})
  @DisplayName(
      "without a fixed date a task is due after its topic's period in working days, skipping the Dragon Boat holiday")
  void due_dates_on_the_working_day_calendar() {
    GuidanceService s = on(LocalDate.of(2025, 6, 1));
    GuidanceTask grid =
        s.issue(
            IssuerLevel.COUNTY,
            "县委政法委通知",
            GuidanceTopic.GRID_WORK,
            "网格事项梳理",
            "r",
            Due.byTopic(),
            List.of(TOWN),
            CENTER);
    GuidanceTask epidemic =
        s.issue(
            IssuerLevel.COUNTY,
            "县指挥部通知",
            GuidanceTopic.EPIDEMIC_CONTROL,
            "重点场所排查",
            "r",
            Due.byTopic(),
            List.of(TOWN),
            CENTER);
    GuidanceTask tenDays =
        s.issue(
            IssuerLevel.CITY,
            "市通知",
            GuidanceTopic.OTHER,
            "t",
            "r",
            Due.within(TimeLimit.days(10)),
            List.of(TOWN),
            CENTER);

    assertThat(grid.due())
        .as("20 working days; 2 June is a holiday")
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(grid.dueBasis()).contains("20 working days", "GRID_WORK");
    assertThat(epidemic.due()).isEqualTo(LocalDate.of(2025, 6, 9));
    assertThat(tenDays.due()).isEqualTo(LocalDate.of(2025, 6, 11));
    assertThat(
            new GuidanceDeadlines(java.util.Map.of(), TimeLimit.workingDays(3))
                .with(GuidanceTopic.GRID_WORK, TimeLimit.workingDays(8))
                .ruleFor(GuidanceTopic.GRID_WORK)
                .limit())
        .isEqualTo(TimeLimit.workingDays(8));
  }

  @Test
  @DisplayName("a new service on a new repository rebuilt from the stored snapshots loses nothing")
  void survives_a_restart() {
    GuidanceTask t = issue();
    on(LocalDate.of(2025, 6, 10)).accept(t.id(), TOWN.code(), TOWN_CLERK);
    on(LocalDate.of(2025, 6, 28)).sweep();
    GuidanceTaskSnapshot before = repo.find(t.id()).orElseThrow().snapshot();

    InMemoryGuidanceTaskRepository restarted = new InMemoryGuidanceTaskRepository();
    restarted.save(GuidanceTask.fromSnapshot(before, org.db3311.sgc.core.common.Version.NEW));
    GuidanceTask back = restarted.find(t.id()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(before);
    assertThat(back.assignments())
        .allSatisfy(a -> assertThat(a.noticesSent()).contains(SupervisionNotice.Level.REMINDER));

    GuidanceService after =
        new GuidanceService(
            restarted,
            ids,
            notifier,
            SupervisionPolicy.defaults(),
            GuidanceDeadlines.defaults(),
            new HolidayTableCalendar(),
            events,
            audit,
            Clock.fixed(
                LocalDate.of(2025, 6, 28).atStartOfDay(ZONE).toInstant().plusSeconds(40_000),
                ZONE));
    assertThat(after.sweep().sent()).as("reminders are not sent twice after a restart").isEmpty();
    after.report(t.id(), TOWN.code(), "done", TOWN_CLERK);
    assertThat(after.progress(t.id()).byState()).containsEntry(Assignment.State.REPORTED, 1L);
  }

  @Test
  @DisplayName("an unknown task is a GuidanceTaskNotFoundException naming it")
  void unknown_task() {
    assertThatThrownBy(
            () -> on(LocalDate.of(2025, 6, 1)).progress(GuidanceTaskId.of("ZD-2025-9999")))
        .isInstanceOf(GuidanceTaskNotFoundException.class)
        .isInstanceOf(org.db3311.sgc.core.common.NotFoundException.class)
        .hasMessageContaining("ZD-2025-9999");
  }

  @Test
  @DisplayName("a task that cannot be swept is reported and the other tasks are still supervised")
  void one_bad_task_does_not_stop_the_sweep() {
    GuidanceTask bad = issue();
    GuidanceTask unreadable = issue();
    GuidanceTask good = issue();
    GuidanceTaskRepository failing =
        new GuidanceTaskRepository() {
          @Override
          public void save(GuidanceTask task) {
            if (task.id().equals(bad.id())) {
              throw new IllegalStateException("disk full");
            }
            repo.save(task);
          }

          @Override
          public java.util.Optional<GuidanceTask> find(GuidanceTaskId id) {
            if (id.equals(unreadable.id())) {
              throw new IllegalStateException("row cannot be mapped");
            }
            return repo.find(id);
          }

          @Override
          public List<GuidanceTask> all() {
            return repo.all();
          }

          @Override
          public List<GuidanceTaskId> ids() {
            return repo.ids();
          }
        };
    GuidanceService s =
        new GuidanceService(
            failing,
            ids,
            notifier,
            SupervisionPolicy.defaults(),
            GuidanceDeadlines.defaults(),
            new HolidayTableCalendar(),
            events,
            audit,
            Clock.fixed(
                LocalDate.of(2025, 6, 28).atStartOfDay(ZONE).toInstant().plusSeconds(32_400),
                ZONE));

    SupervisionSweep sweep = s.sweep();

    assertThat(sweep.failed())
        .extracting(org.db3311.sgc.core.common.ItemFailure::item)
        .containsExactly(bad.id().value(), unreadable.id().value());
    assertThat(sweep.failed().get(0).reason()).contains("disk full");
    assertThat(sweep.failed().get(1).reason()).contains("row cannot be mapped");
    assertThat(sweep.sent()).extracting(SupervisionNotice::taskId).containsOnly(good.id());
    assertThat(sweep.sent()).hasSize(2);
    assertThat(notifier.sent())
        .extracting(SupervisionNotice::taskId)
        .doesNotContain(bad.id(), unreadable.id());
  }

  @Test
  @DisplayName("the task list shows every task oldest first and names a task it cannot read")
  void task_list_reports_an_unreadable_task_and_shows_the_others() {
    GuidanceTask first = issue();
    GuidanceTask unreadable = issue();
    GuidanceTask last = issue();
    on(LocalDate.of(2025, 6, 2)).accept(last.id(), TOWN.code(), TOWN_CLERK);
    GuidanceTaskRepository failing =
        new GuidanceTaskRepository() {
          @Override
          public void save(GuidanceTask task) {
            repo.save(task);
          }

          @Override
          public java.util.Optional<GuidanceTask> find(GuidanceTaskId id) {
            if (id.equals(unreadable.id())) {
              throw new IllegalStateException("row cannot be mapped");
            }
            return repo.find(id);
          }

          @Override
          public List<GuidanceTask> all() {
            return repo.all();
          }

          @Override
          public List<GuidanceTaskId> ids() {
            return repo.ids();
          }
        };
    GuidanceUseCases s =
        new GuidanceService(
            failing,
            ids,
            notifier,
            SupervisionPolicy.defaults(),
            GuidanceDeadlines.defaults(),
            new HolidayTableCalendar(),
            events,
            audit,
            Clock.fixed(LocalDate.of(2025, 6, 3).atStartOfDay(ZONE).toInstant(), ZONE));

    var list = s.tasks();

    assertThat(list.items())
        .extracting(GuidanceTaskSnapshot::id)
        .containsExactly(first.id(), last.id());
    assertThat(list.items().get(1).assignments().get(0).state())
        .isEqualTo(Assignment.State.ACCEPTED);
    assertThat(list.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.item()).isEqualTo(unreadable.id().value());
              assertThat(f.reason()).contains("row cannot be mapped");
            });
  }

  @Test
  @DisplayName("the issue use case takes a validated command and returns the task as stored")
  void issue_use_case() {
    IssueGuidanceTaskUseCase useCase = on(LocalDate.of(2025, 6, 1));
    GuidanceTaskSnapshot issued =
        useCase.issue(
            new IssueGuidanceTaskUseCase.Command(
                IssuerLevel.PROVINCE,
                "浙政办〔2025〕3号",
                GuidanceTopic.SOCIAL_SECURITY,
                "矛盾纠纷排查",
                "每周报送排查情况",
                Due.on(DUE),
                List.of(TOWN),
                CENTER));
    assertThat(repo.find(issued.id()).orElseThrow().snapshot()).isEqualTo(issued);
    assertThatThrownBy(
            () ->
                new IssueGuidanceTaskUseCase.Command(
                    IssuerLevel.PROVINCE,
                    "x",
                    GuidanceTopic.OTHER,
                    " ",
                    "r",
                    Due.on(DUE),
                    List.of(TOWN),
                    CENTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }
}
