package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HEAD;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HECHENG;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HRSS;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.WENXI;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SupervisionServiceTest {

  private final SupervisionFixtures f = new SupervisionFixtures();

  private LocalDate due(String subject, Step step) {
    return f.file(subject)
        .running(step)
        .orElseThrow()
        .deadline()
        .dueDate(
            new HolidayTableCalendar(), f.clock.instant().atZone(MutableClock.ZONE).toLocalDate());
  }

  @Nested
  @Implements({"6.2.1.3", "R9"})
  @DisplayName("6.2.1.3 要求相关部门和调解组织按相关法律法规和规范限期调处，限期反馈办理结果")
  class Deadlines {

    @Test
    @DisplayName("sign-for and handling deadlines run from the assignment, per category")
    void per_category() {
      f.open("A", "dispute.labour", HRSS);
      f.open("B", "dispute.neighbour", HECHENG);
      f.open("C", "event.petition", WENXI);
      assertThat(due("A", Step.SIGN_FOR)).isEqualTo(LocalDate.of(2026, 3, 3));
      assertThat(due("A", Step.HANDLING))
          .as("15 days, labour law")
          .isEqualTo(LocalDate.of(2026, 3, 17));
      assertThat(due("B", Step.HANDLING)).as("one month").isEqualTo(LocalDate.of(2026, 4, 2));
      assertThat(due("C", Step.HANDLING)).as("60 days").isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    @DisplayName("the feedback deadline runs from the handling report")
    void feedback() {
      f.open("A", "dispute.labour", HRSS);
      f.progress("A", new Progress.SignFor());
      f.clock.set("2026-03-06T10:00:00");
      f.progress("A", new Progress.ReportHandled("达成协议"));
      assertThat(due("A", Step.FEEDBACK)).isEqualTo(LocalDate.of(2026, 3, 11));
      f.progress("A", new Progress.Complete());
      assertThat(f.file("A").running(Step.FEEDBACK)).isEmpty();
      assertThat(f.file("A").clocks()).filteredOn(StepClock::met).hasSize(3);
    }

    @Test
    @DisplayName("waiting on the applicant stops the clock")
    void pause() {
      f.open("A", "event.public_demand", HRSS);
      f.progress("A", new Progress.SignFor());
      LocalDate before = due("A", Step.HANDLING);
      f.clock.set("2026-03-04T09:00:00");
      f.progress("A", new Progress.Pause("等待申请人补充证据"));
      f.clock.set("2026-03-09T09:00:00");
      f.progress("A", new Progress.Resume());
      assertThat(due("A", Step.HANDLING))
          .isEqualTo(new HolidayTableCalendar().plusWorkingDays(before, 3));
    }

    @Test
    @DisplayName("an extension is approved, recorded with its approver, and capped")
    void extension() {
      f.open("C", "event.petition", WENXI);
      f.progress("C", new Progress.SignFor());
      f.service.extend(
          new ExtendDeadlineUseCase.Command("C", Step.HANDLING, TimeLimit.days(30), "情况复杂", HEAD));
      assertThat(due("C", Step.HANDLING)).isEqualTo(LocalDate.of(2026, 6, 5));
      assertThat(f.file("C").running(Step.HANDLING).orElseThrow().deadline().extensions())
          .singleElement()
          .satisfies(e -> assertThat(e.approver()).isEqualTo(HEAD));
      assertThatThrownBy(
              () ->
                  f.service.extend(
                      new ExtendDeadlineUseCase.Command(
                          "C", Step.HANDLING, TimeLimit.days(1), "再延", HEAD)))
          .hasMessageContaining("at most 30 days");
      f.open("A", "dispute.labour", HRSS);
      f.progress("A", new Progress.SignFor());
      assertThatThrownBy(
              () ->
                  f.service.extend(
                      new ExtendDeadlineUseCase.Command(
                          "A", Step.HANDLING, TimeLimit.days(5), "x", HEAD)))
          .hasMessageContaining("cannot be extended");
    }

    @Test
    @DisplayName("reassignment restarts the sign-for period for the new unit")
    void reassign() {
      f.open("A", "event.public_demand", HRSS);
      f.clock.set("2026-03-05T09:00:00");
      f.progress("A", new Progress.Reassign(WENXI, "属地管辖"));
      assertThat(f.file("A").unit()).isEqualTo(WENXI);
      assertThat(due("A", Step.SIGN_FOR)).isEqualTo(LocalDate.of(2026, 3, 6));
    }
  }

  @Nested
  @Implements("6.2.1.3")
  @DisplayName("6.2.1.3 中心应对受理的矛盾纠纷进行督查督办: notices escalate as a deadline nears and passes")
  class Notices {

    @Test
    void remind_then_overdue_then_escalate_each_once() {
      f.open("A", "dispute.labour", HRSS);
      assertThat(f.service.sweep())
          .extracting(SupervisionNotice::level, SupervisionNotice::step)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(NoticeLevel.REMINDER, Step.SIGN_FOR));
      assertThat(f.service.sweep()).as("not repeated at the same level").isEmpty();
      f.clock.set("2026-03-04T08:00:00");
      assertThat(f.service.sweep())
          .extracting(SupervisionNotice::level)
          .containsExactly(NoticeLevel.OVERDUE);
      f.clock.set("2026-03-06T08:00:00");
      assertThat(f.service.sweep())
          .extracting(SupervisionNotice::level)
          .containsExactly(NoticeLevel.ESCALATED);
      assertThat(f.notifier.sent())
          .extracting(n -> n.recipient().unit().orElseThrow().value())
          .containsExactly("county-hrss", "county-hrss", "county-hrss", "center-leadership");
      assertThat(f.notifier.sent())
          .allSatisfy(n -> assertThat(n.channel()).isEqualTo(Notification.Channel.UNIT_INBOX));
      assertThat(f.file("A").notices()).hasSize(3);
    }

    @Test
    void a_paused_deadline_raises_no_notice() {
      f.open("A", "dispute.labour", HRSS);
      f.progress("A", new Progress.SignFor());
      f.progress("A", new Progress.Pause("等待补充材料"));
      f.clock.set("2026-04-30T09:00:00");
      assertThat(f.service.sweep()).isEmpty();
    }
  }

  @Nested
  @Implements("8.2.4")
  @DisplayName("8.2.4 统一督办。中心系统应能…对已办、待办、完成的所有事件情况进行实时监管")
  class UnifiedView {

    @Test
    @DisplayName("per unit and state: pending, handled, completed, overdue at any instant")
    void counts() {
      f.open("A", "dispute.labour", HRSS);
      f.open("B", "dispute.labour", HRSS);
      f.open("C", "dispute.neighbour", HECHENG);
      f.progress("B", new Progress.SignFor());
      f.progress("C", new Progress.SignFor());
      f.clock.set("2026-03-03T15:00:00");
      f.progress("B", new Progress.ReportHandled("已调解"));
      f.progress("C", new Progress.ReportHandled("已调解"));
      f.progress("C", new Progress.Complete());
      var now = f.clock.instant();
      f.clock.set("2026-03-05T10:00:00");
      SupervisionOverview later = f.service.overview(f.clock.instant());
      assertThat(later.of(HRSS).pending()).isEqualTo(1);
      assertThat(later.of(HRSS).handled()).isEqualTo(1);
      assertThat(later.of(HRSS).overdue()).as("A never signed for").isEqualTo(1);
      assertThat(later.of(HRSS).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
      assertThat(later.of(HECHENG).completed()).isEqualTo(1);
      assertThat(later.total().pending() + later.total().handled() + later.total().completed())
          .isEqualTo(3);
      SupervisionOverview past =
          f.service.overview(
              LocalDateTime.parse("2026-03-02T12:00:00").atZone(MutableClock.ZONE).toInstant());
      assertThat(past.of(HRSS).pending()).as("both pending on the first day").isEqualTo(2);
      assertThat(past.of(HECHENG).inState(SupervisionState.IN_PROGRESS)).isEqualTo(1);
      assertThat(past.total().overdue()).isZero();
      assertThat(f.service.overview(now).of(HECHENG).completed()).isEqualTo(1);
      assertThat(
              f.service
                  .overview(
                      LocalDateTime.parse("2026-03-01T12:00:00")
                          .atZone(MutableClock.ZONE)
                          .toInstant())
                  .total())
          .isEqualTo(SupervisionOverview.Counts.EMPTY);
    }
  }

  @Nested
  @Implements({"8.2.4", "6.2.1.1.1", "6.3.1.1"})
  @DisplayName("8.2.4 统一督办: every unit taking part sees the matter, the lead told from the others")
  class JointMatters {

    @Test
    @DisplayName("a joint matter counts under its lead and each participant, once in the total")
    void lead_and_participants() {
      f.service.open(
          new OpenSupervisionUseCase.Command(
              "J",
              "联合调处",
              "dispute.land_acquisition",
              HRSS,
              Set.of(HECHENG, WENXI),
              SupervisionFixtures.OFFICER));
      f.open("S", "dispute.neighbour", HECHENG);
      f.progress("S", new Progress.SignFor());
      SupervisionOverview v = f.service.overview(f.clock.instant());
      assertThat(v.leading(HRSS).pending()).isEqualTo(1);
      assertThat(v.participating(HRSS)).isEqualTo(SupervisionOverview.Counts.EMPTY);
      assertThat(v.leading(HECHENG).inState(SupervisionState.IN_PROGRESS)).isEqualTo(1);
      assertThat(v.participating(HECHENG).inState(SupervisionState.ASSIGNED)).isEqualTo(1);
      assertThat(v.of(HECHENG).matters()).as("one led, one joined").isEqualTo(2);
      assertThat(v.participating(WENXI).pending()).isEqualTo(1);
      assertThat(v.leading(WENXI).matters()).isZero();
      assertThat(v.total().matters()).as("each matter once").isEqualTo(2);
      assertThat(v.total().pending()).isEqualTo(2);
    }

    @Test
    @DisplayName("an overdue joint matter is overdue for every unit taking part, once in the total")
    void overdue_for_all() {
      f.service.open(
          new OpenSupervisionUseCase.Command(
              "J",
              "联合调处",
              "dispute.land_acquisition",
              HRSS,
              Set.of(HECHENG),
              SupervisionFixtures.OFFICER));
      f.clock.set("2026-03-05T10:00:00");
      SupervisionOverview v = f.service.overview(f.clock.instant());
      assertThat(v.leading(HRSS).overdue()).as("never signed for").isEqualTo(1);
      assertThat(v.participating(HECHENG).overdue()).isEqualTo(1);
      assertThat(v.total().overdue()).isEqualTo(1);
    }

    @Test
    @DisplayName("a handover changes the units from then on; the past view keeps the old ones")
    void handover() {
      f.service.open(
          new OpenSupervisionUseCase.Command(
              "J",
              "联合调处",
              "dispute.land_acquisition",
              HRSS,
              Set.of(HECHENG),
              SupervisionFixtures.OFFICER));
      java.time.Instant before = f.clock.instant();
      f.clock.set("2026-03-03T10:00:00");
      f.progress("J", new Progress.Reassign(WENXI, Set.of(HRSS), "改由属地牵头"));
      SupervisionOverview now = f.service.overview(f.clock.instant());
      assertThat(now.leading(WENXI).matters()).isEqualTo(1);
      assertThat(now.participating(HRSS).matters()).isEqualTo(1);
      assertThat(now.of(HECHENG).matters()).isZero();
      SupervisionOverview then = f.service.overview(before);
      assertThat(then.leading(HRSS).matters()).isEqualTo(1);
      assertThat(then.participating(HECHENG).matters()).isEqualTo(1);
      assertThat(then.of(WENXI).matters()).isZero();
    }

    @Test
    @DisplayName("the lead unit is not also a participant")
    void lead_is_not_a_participant() {
      assertThatThrownBy(
              () ->
                  new OpenSupervisionUseCase.Command(
                      "J",
                      "联合调处",
                      "dispute.x",
                      HRSS,
                      Set.of(HRSS, WENXI),
                      SupervisionFixtures.OFFICER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lead");
      f.open("A", "dispute.labour", HRSS);
      assertThatThrownBy(() -> f.progress("A", new Progress.Reassign(WENXI, Set.of(WENXI), "x")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(f.file("A").unit()).isEqualTo(HRSS);
    }
  }

  @Nested
  @Implements({"8.2.4", "6.2.1.3"})
  @DisplayName("8.2.4 the view of a past instant counts only what was recorded by then")
  class PastView {

    @Test
    @DisplayName("an extension approved later does not clear an overdue step of the past")
    void later_extension() {
      f.open("P", "event.petition", WENXI);
      f.progress("P", new Progress.SignFor());
      f.clock.set("2026-05-06T10:00:00");
      java.time.Instant lastDay = f.clock.instant();
      f.clock.set("2026-05-08T10:00:00");
      java.time.Instant overdue = f.clock.instant();
      assertThat(f.service.overview(overdue).total().overdue()).isEqualTo(1);
      assertThat(f.service.overview(lastDay).total().overdue()).isZero();
      f.clock.set("2026-05-11T10:00:00");
      f.service.extend(
          new ExtendDeadlineUseCase.Command("P", Step.HANDLING, TimeLimit.days(30), "复杂", HEAD));
      assertThat(f.service.overview(f.clock.instant()).total().overdue())
          .as("no longer overdue now")
          .isZero();
      assertThat(f.service.overview(overdue).total().overdue())
          .as("but it was on 8 May")
          .isEqualTo(1);
    }

    @Test
    @DisplayName("a pause recorded later does not move a past deadline; a later resumption neither")
    void later_pause() {
      f.open("A", "dispute.labour", HRSS);
      f.clock.set("2026-03-04T10:00:00");
      java.time.Instant late = f.clock.instant();
      assertThat(f.service.overview(late).total().overdue()).as("never signed for").isEqualTo(1);
      f.clock.set("2026-03-04T11:00:00");
      f.progress("A", new Progress.SignFor());
      f.progress("A", new Progress.Pause("等待申请人"));
      f.clock.set("2026-04-20T10:00:00");
      java.time.Instant paused = f.clock.instant();
      assertThat(f.service.overview(paused).total().overdue()).as("paused").isZero();
      f.progress("A", new Progress.Resume());
      assertThat(f.service.overview(late).total().overdue()).isEqualTo(1);
      assertThat(f.service.overview(paused).total().overdue()).isZero();
    }

    @Test
    @DisplayName("a return recorded later does not reopen a handling step that had ended")
    void later_return() {
      f.open("A", "dispute.labour", HRSS);
      f.progress("A", new Progress.SignFor());
      f.clock.set("2026-03-16T10:00:00");
      f.progress("A", new Progress.ReportHandled("已调解"));
      f.clock.set("2026-03-18T10:00:00");
      java.time.Instant handled = f.clock.instant();
      assertThat(f.service.overview(handled).total().overdue()).isZero();
      f.clock.set("2026-03-18T11:00:00");
      f.progress("A", new Progress.Return("不到位"));
      assertThat(f.service.overview(f.clock.instant()).total().overdue())
          .as("the 15 days ran out on 17 March")
          .isEqualTo(1);
      assertThat(f.service.overview(handled).total().overdue()).isZero();
    }
  }

  @Test
  @DisplayName("a dissatisfied follow-up reopens a completed file with a new handling period")
  void reopen() {
    f.open("A", "dispute.labour", HRSS);
    f.progress("A", new Progress.SignFor());
    f.progress("A", new Progress.ReportHandled("协议"));
    f.progress("A", new Progress.Complete());
    f.clock.set("2026-03-10T09:00:00");
    f.progress("A", new Progress.Reopen("回访不满意"));
    assertThat(f.file("A").state()).isEqualTo(SupervisionState.IN_PROGRESS);
    assertThat(due("A", Step.HANDLING)).isEqualTo(LocalDate.of(2026, 3, 25));
  }

  @Test
  void every_transition_is_audited_and_published() {
    f.open("A", "dispute.labour", HRSS);
    f.progress("A", new Progress.SignFor());
    assertThat(f.audit.of("SupervisionFile", "A"))
        .extracting(e -> e.action() + ":" + e.fromState() + ">" + e.toState())
        .containsExactly("OPEN:->ASSIGNED", "SIGN_FOR:ASSIGNED>IN_PROGRESS");
    assertThat(f.events.published(SupervisionEvent.class)).hasSize(2);
  }
}
