package org.db3311.sgc.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of grassroots guidance (6.8, 承接省市县工作任务，指导乡镇（街道）、村（社）…): the thresholds of supervision
 * on both sides, in working days of the R9 calendar, the words a step needs, and what a task must
 * name.
 */
@Implements({"6.8", "R9"})
@DisplayName("6.8 guidance — edges of supervision, steps and task invariants")
class GuidanceEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor CENTER = Actor.of("s-70", "指导科 郑");
  static final Actor CLERK = Actor.of("t-1", "镇综治办 冯");
  static final GrassrootsUnit TOWN =
      new GrassrootsUnit("331121101", "鹤城街道", GrassrootsUnit.Level.TOWNSHIP);
  static final GrassrootsUnit VILLAGE =
      new GrassrootsUnit("331121101201", "某村", GrassrootsUnit.Level.VILLAGE);

  /** A Monday. */
  static final LocalDate DUE = LocalDate.of(2025, 6, 30);

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final InMemoryGuidanceTaskRepository repo = new InMemoryGuidanceTaskRepository();
  final InMemorySupervisionNotifier notifier = new InMemorySupervisionNotifier();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();
  final WorkingCalendar calendar = new HolidayTableCalendar();

  GuidanceService on(LocalDate day) {
    return new GuidanceService(
        repo,
        ids,
        notifier,
        SupervisionPolicy.defaults(),
        GuidanceDeadlines.defaults(),
        calendar,
        events,
        audit,
        Clock.fixed(day.atStartOfDay(ZONE).toInstant().plusSeconds(32_400), ZONE));
  }

  GuidanceTask issue(LocalDate on, Due due, GuidanceTopic topic) {
    return on(on)
        .issue(
            IssuerLevel.COUNTY,
            "县委政法委通知",
            topic,
            "网格事项梳理",
            "各村上报清单",
            due,
            List.of(TOWN, VILLAGE),
            CENTER);
  }

  @Test
  @DisplayName(
      "default policy: a reminder from 2 working days before the due date, not 3; urging from the day after; escalation at 5 working days late, not 4")
  void supervision_thresholds_on_both_sides() {
    SupervisionPolicy p = SupervisionPolicy.defaults();
    // 25 June (Wed) is 3 working days before Monday 30 June, 26 June (Thu) 2
    assertThat(p.levelOn(DUE, LocalDate.of(2025, 6, 25), calendar)).isEmpty();
    assertThat(p.levelOn(DUE, LocalDate.of(2025, 6, 26), calendar))
        .contains(SupervisionNotice.Level.REMINDER);
    assertThat(p.levelOn(DUE, DUE, calendar))
        .as("the due day itself is not late")
        .contains(SupervisionNotice.Level.REMINDER);
    assertThat(p.levelOn(DUE, LocalDate.of(2025, 7, 1), calendar))
        .contains(SupervisionNotice.Level.URGING);
    // 1, 2, 3, 4 July are 4 working days late; Monday 7 July the fifth
    assertThat(p.levelOn(DUE, LocalDate.of(2025, 7, 4), calendar))
        .contains(SupervisionNotice.Level.URGING);
    assertThat(p.levelOn(DUE, LocalDate.of(2025, 7, 5), calendar))
        .as("a Saturday adds no working day")
        .contains(SupervisionNotice.Level.URGING);
    assertThat(p.levelOn(DUE, LocalDate.of(2025, 7, 7), calendar))
        .contains(SupervisionNotice.Level.ESCALATION);
  }

  @Test
  @DisplayName(
      "a deployment's policy may remind only on the due day and escalate after 1 working day; negative reminders or escalation at 0 are refused")
  void supervision_policy_bounds() {
    SupervisionPolicy tight = new SupervisionPolicy(0, 1);
    assertThat(tight.levelOn(DUE, LocalDate.of(2025, 6, 27), calendar)).isEmpty();
    assertThat(tight.levelOn(DUE, DUE, calendar)).contains(SupervisionNotice.Level.REMINDER);
    assertThat(tight.levelOn(DUE, LocalDate.of(2025, 7, 1), calendar))
        .contains(SupervisionNotice.Level.ESCALATION);
    assertThatThrownBy(() -> new SupervisionPolicy(-1, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SupervisionPolicy(2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "across the New Year: a task due 31 December 2025 is urged on the 2 January holiday and escalated on 8 January 2026, the fifth working day counting the adjusted Sunday 4 January")
  void supervision_across_the_year_boundary() {
    GuidanceTask t =
        issue(LocalDate.of(2025, 12, 15), Due.on(LocalDate.of(2025, 12, 31)), GuidanceTopic.OTHER);
    on(LocalDate.of(2025, 12, 20)).accept(t.id(), TOWN.code(), CLERK);

    assertThat(on(LocalDate.of(2026, 1, 2)).sweep().sent())
        .hasSize(2)
        .allSatisfy(
            n -> {
              assertThat(n.level()).isEqualTo(SupervisionNotice.Level.URGING);
              assertThat(n.workingDaysOverdue()).isZero();
              assertThat(n.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 2));
            });
    assertThat(on(LocalDate.of(2026, 1, 7)).sweep().sent()).isEmpty();
    assertThat(on(LocalDate.of(2026, 1, 8)).sweep().sent())
        .extracting(
            SupervisionNotice::unit,
            SupervisionNotice::level,
            SupervisionNotice::workingDaysOverdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TOWN, SupervisionNotice.Level.ESCALATION, 5L),
            org.assertj.core.groups.Tuple.tuple(VILLAGE, SupervisionNotice.Level.ESCALATION, 5L));
  }

  @Test
  @DisplayName(
      "a report and a return say what was done or what is missing; accepting and passing need no words")
  void report_and_return_need_words() {
    GuidanceTask t = issue(LocalDate.of(2025, 6, 1), Due.on(DUE), GuidanceTopic.GRID_WORK);
    GuidanceService s = on(LocalDate.of(2025, 6, 10));
    assertThatCode(() -> s.accept(t.id(), TOWN.code(), CLERK)).doesNotThrowAnyException();
    assertThatThrownBy(() -> s.report(t.id(), TOWN.code(), " ", CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("says what was done");
    assertThatThrownBy(() -> s.report(t.id(), TOWN.code(), null, CLERK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.task(t.id()).assignments().get(0).state())
        .as("nothing half-written")
        .isEqualTo(Assignment.State.ACCEPTED);
    s.report(t.id(), TOWN.code(), "清单 120 项", CLERK);
    assertThatThrownBy(() -> s.verify(t.id(), TOWN.code(), false, "", CENTER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(s.task(t.id()).assignments().get(0).state()).isEqualTo(Assignment.State.REPORTED);
    assertThat(s.task(t.id()).assignments().get(0).verifiedAt()).isEmpty();
    s.verify(t.id(), TOWN.code(), true, "", CENTER);
    GuidanceTaskSnapshot.AssignmentSnapshot town = s.task(t.id()).assignments().get(0);
    assertThat(town.state()).isEqualTo(Assignment.State.VERIFIED);
    assertThat(town.verifiedAt())
        .contains(LocalDate.of(2025, 6, 10).atStartOfDay(ZONE).toInstant().plusSeconds(32_400));
    assertThat(town.steps())
        .extracting(Assignment.Step::action)
        .containsExactly(
            Assignment.Action.ACCEPT, Assignment.Action.REPORT, Assignment.Action.VERIFY);
    assertThat(town.steps().get(1).note()).isEqualTo("清单 120 项");
  }

  @Test
  @DisplayName("a task is complete only when every assignee's part is verified")
  void complete_when_every_part_is_verified() {
    GuidanceTask t = issue(LocalDate.of(2025, 6, 1), Due.on(DUE), GuidanceTopic.GRID_WORK);
    GuidanceService s = on(LocalDate.of(2025, 6, 10));
    for (GrassrootsUnit u : List.of(TOWN, VILLAGE)) {
      assertThat(repo.find(t.id()).orElseThrow().isComplete()).isFalse();
      s.accept(t.id(), u.code(), CLERK);
      s.report(t.id(), u.code(), "done", CLERK);
      s.verify(t.id(), u.code(), true, "ok", CENTER);
    }
    GuidanceTask done = repo.find(t.id()).orElseThrow();
    assertThat(done.verifiedCount()).isEqualTo(2);
    assertThat(done.isComplete()).isTrue();
    assertThat(s.progress(t.id()).verified()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "an assignee is overdue from the day after the due date, not on it, and a verified one never")
  void overdue_from_the_day_after() {
    GuidanceTask t = issue(LocalDate.of(2025, 6, 1), Due.on(DUE), GuidanceTopic.GRID_WORK);
    GuidanceService s = on(DUE);
    s.accept(t.id(), TOWN.code(), CLERK);
    s.report(t.id(), TOWN.code(), "done", CLERK);
    s.verify(t.id(), TOWN.code(), true, "ok", CENTER);
    assertThat(s.progress(t.id()).overdue()).isEmpty();
    assertThat(on(DUE.plusDays(1)).progress(t.id()).overdue()).containsExactly(VILLAGE);
  }

  @Test
  @DisplayName(
      "a sweep with nothing to say leaves the task as stored: no new version, no change recorded")
  void a_quiet_sweep_changes_nothing() {
    GuidanceTask t = issue(LocalDate.of(2025, 6, 1), Due.on(DUE), GuidanceTopic.GRID_WORK);
    long version = repo.find(t.id()).orElseThrow().version().value();
    int recorded = audit.all().size();

    assertThat(on(LocalDate.of(2025, 6, 10)).sweep().sent()).isEmpty();

    assertThat(repo.find(t.id()).orElseThrow().version().value()).isEqualTo(version);
    assertThat(audit.all()).hasSize(recorded);
  }

  @Test
  @DisplayName(
      "a date fixed by the issuer may be the day of issue itself; the default periods are 20 working days, 10 for emergency management")
  void due_dates_at_their_edges() {
    LocalDate issued = LocalDate.of(2025, 6, 3);
    assertThat(issue(issued, Due.on(issued), GuidanceTopic.OTHER).due()).isEqualTo(issued);
    // from Tuesday 3 June, 10 working days end Tuesday 17 June
    GuidanceTask emergency = issue(issued, Due.byTopic(), GuidanceTopic.EMERGENCY_MANAGEMENT);
    assertThat(emergency.due()).isEqualTo(LocalDate.of(2025, 6, 17));
    assertThat(emergency.dueBasis()).contains("10 working days");
    GuidanceTask other = issue(issued, Due.byTopic(), GuidanceTopic.SOCIAL_SECURITY);
    assertThat(other.dueBasis()).contains("20 working days");
    GuidanceTask within = issue(issued, Due.within(TimeLimit.workingDays(3)), GuidanceTopic.OTHER);
    assertThat(within.due()).isEqualTo(LocalDate.of(2025, 6, 6));
    assertThat(within.dueBasis()).contains("3 working days", "县委政法委通知");
  }

  @Test
  @DisplayName("task numbers count per year: the first task of 2026 is number 1 again")
  void task_numbers_restart_each_year() {
    GuidanceTask last2025 = issue(LocalDate.of(2025, 12, 31), Due.byTopic(), GuidanceTopic.OTHER);
    GuidanceTask first2026 = issue(LocalDate.of(2026, 1, 2), Due.byTopic(), GuidanceTopic.OTHER);
    GuidanceTask second2026 = issue(LocalDate.of(2026, 1, 2), Due.byTopic(), GuidanceTopic.OTHER);
    assertThat(last2025.id().value()).isEqualTo("ZD-2025-0001");
    assertThat(first2026.id().value()).isEqualTo("ZD-2026-0001");
    assertThat(second2026.id().value()).isEqualTo("ZD-2026-0002");
  }

  @Test
  @DisplayName("a task names its source, title and requirements, and where its due date comes from")
  void a_task_names_what_it_is() {
    Instant at = Instant.parse("2025-06-01T01:00:00Z");
    GuidanceTaskId id = GuidanceTaskId.of("ZD-2025-0001");
    for (String[] blank :
        new String[][] {
          {" ", "t", "r", "b"}, {"s", " ", "r", "b"}, {"s", "t", null, "b"}, {"s", "t", "r", " "}
        }) {
      assertThatThrownBy(
              () ->
                  new GuidanceTask(
                      id,
                      IssuerLevel.CITY,
                      blank[0],
                      GuidanceTopic.OTHER,
                      blank[1],
                      blank[2],
                      DUE,
                      blank[3],
                      List.of(TOWN),
                      CENTER,
                      at))
          .isInstanceOf(IllegalArgumentException.class);
    }
    GuidanceTask ok =
        new GuidanceTask(
            id,
            IssuerLevel.CITY,
            "s",
            GuidanceTopic.OTHER,
            "t",
            "r",
            DUE,
            "b",
            List.of(TOWN),
            CENTER,
            at);
    assertThat(ok.pendingEvents())
        .singleElement()
        .satisfies(e -> assertThat(e.aggregateId()).isEqualTo(id.value()));
    assertThat(ok.assignments())
        .singleElement()
        .satisfies(a -> assertThat(a.noticesSent()).isEmpty());
    assertThat(Optional.of(ok.issuedAt())).contains(at);
  }

  @Test
  @DisplayName(
      "the follow-up use case: each step returns the task as it now stands; a step names its unit, a report its account, a return what is missing")
  void follow_use_case() {
    GuidanceTask t = issue(LocalDate.of(2025, 6, 1), Due.on(DUE), GuidanceTopic.GRID_WORK);
    FollowGuidanceTaskUseCase s = on(LocalDate.of(2025, 6, 10));

    assertThat(
            s.accept(new FollowGuidanceTaskUseCase.Accept(t.id(), TOWN.code(), CLERK))
                .assignments()
                .get(0)
                .state())
        .isEqualTo(Assignment.State.ACCEPTED);
    assertThat(
            s.report(new FollowGuidanceTaskUseCase.Report(t.id(), TOWN.code(), "清单 120 项", CLERK))
                .assignments()
                .get(0)
                .state())
        .isEqualTo(Assignment.State.REPORTED);
    GuidanceTaskSnapshot returned =
        s.verify(new FollowGuidanceTaskUseCase.Verify(t.id(), TOWN.code(), false, "缺截图", CENTER));
    assertThat(returned.assignments().get(0).state()).isEqualTo(Assignment.State.ACCEPTED);
    assertThat(returned.assignments().get(0).steps().getLast().note()).isEqualTo("缺截图");
    assertThat(on(LocalDate.of(2025, 6, 10)).task(t.id())).isEqualTo(returned);

    for (String code : new String[] {null, " "}) {
      assertThatThrownBy(() -> new FollowGuidanceTaskUseCase.Accept(t.id(), code, CLERK))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("names the assigned unit");
    }
    assertThatThrownBy(() -> new FollowGuidanceTaskUseCase.Report(t.id(), TOWN.code(), " ", CLERK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new FollowGuidanceTaskUseCase.Verify(t.id(), TOWN.code(), false, null, CENTER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new FollowGuidanceTaskUseCase.Verify(t.id(), TOWN.code(), true, null, CENTER).note())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "a task keeps who it came from (province, city or county), its source document, field, title, requirements, issuer and time; an assignee's part keeps its steps and when it was verified")
  void a_task_keeps_what_it_was_given() {
    GuidanceService s = on(LocalDate.of(2025, 6, 1));
    GuidanceTask t =
        s.issue(
            IssuerLevel.PROVINCE,
            "浙政办〔2025〕3号",
            GuidanceTopic.RIGHTS_PROTECTION,
            "合法权益维护专项",
            "每月报送一次",
            Due.on(DUE),
            List.of(TOWN),
            CENTER);
    on(LocalDate.of(2025, 6, 2)).accept(t.id(), TOWN.code(), CLERK);
    on(LocalDate.of(2025, 6, 3)).report(t.id(), TOWN.code(), "已报送", CLERK);
    on(LocalDate.of(2025, 6, 4)).verify(t.id(), TOWN.code(), true, "ok", CENTER);

    GuidanceTask back = repo.find(t.id()).orElseThrow();
    assertThat(back.issuer()).isEqualTo(IssuerLevel.PROVINCE);
    assertThat(back.source()).isEqualTo("浙政办〔2025〕3号");
    assertThat(back.topic()).isEqualTo(GuidanceTopic.RIGHTS_PROTECTION);
    assertThat(back.title()).isEqualTo("合法权益维护专项");
    assertThat(back.requirements()).isEqualTo("每月报送一次");
    assertThat(back.issuedBy()).isEqualTo(CENTER);
    assertThat(back.issuedAt())
        .isEqualTo(LocalDate.of(2025, 6, 1).atStartOfDay(ZONE).toInstant().plusSeconds(32_400));
    Assignment town = back.assignments().get(0);
    assertThat(town.steps())
        .extracting(Assignment.Step::action, Assignment.Step::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Assignment.Action.ACCEPT, CLERK),
            org.assertj.core.groups.Tuple.tuple(Assignment.Action.REPORT, CLERK),
            org.assertj.core.groups.Tuple.tuple(Assignment.Action.VERIFY, CENTER));
    assertThat(town.verifiedAt())
        .contains(LocalDate.of(2025, 6, 4).atStartOfDay(ZONE).toInstant().plusSeconds(32_400));
  }
}
