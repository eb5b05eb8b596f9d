package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.CENTER;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HECHENG;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HRSS;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.OFFICER;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.SHORT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.supervision.FollowMatterUseCase.Change;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.DueKey;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.2.1.3 "中心应对受理的矛盾纠纷进行督查督办" and 8.2.4 "对已办、待办、完成的所有事件情况进行实时监管": the service follows each matter's
 * casework once per event, sweeps every file whose deadline a notice can reach, lists flagged files
 * apart and answers the due lists and counts.
 */
@Implements({"6.2.1.3", "8.2.4"})
@DisplayName("6.2.1.3 / 8.2.4 the supervision service: following, sweeping, lists and counts")
class SupervisionServiceEdgesTest {

  private static final PageRequest ALL = PageRequest.first(500);
  private static final UnitId LEADERSHIP = EscalationPolicy.defaults().leadership();

  private static void follow(SupervisionFixtures f, String subject, long version, Change change) {
    f.service.follow(
        new FollowMatterUseCase.Command(
            subject,
            "Matter/" + subject,
            new Version(version),
            change,
            OFFICER,
            f.clock.instant()));
  }

  private static List<String> subjects(List<SupervisionDue> due) {
    return due.stream().map(SupervisionDue::subject).toList();
  }

  private static List<Notification> toLeadership(SupervisionFixtures f) {
    return f.notifier.sent().stream()
        .filter(n -> n.recipient().unit().equals(java.util.Optional.of(LEADERSHIP)))
        .toList();
  }

  @Test
  @DisplayName("an event already applied, or an earlier one, is ignored; the next one applies")
  void redelivered_events_are_applied_once() {
    SupervisionFixtures f = new SupervisionFixtures();
    follow(f, "S", 1, SupervisionFixtures.supplement(SHORT));
    follow(f, "S", 2, new Change.MaterialsSupplied());
    assertThat(f.service.stateOf("S")).contains(SupervisionState.AWAITING_DECISION);

    // the same version again, even carrying another change, and an earlier one: both ignored
    follow(f, "S", 2, SupervisionFixtures.supplement(SHORT));
    follow(f, "S", 1, SupervisionFixtures.supplement(SHORT));
    assertThat(f.service.stateOf("S")).contains(SupervisionState.AWAITING_DECISION);

    follow(f, "S", 3, SupervisionFixtures.supplement(SHORT));
    assertThat(f.service.stateOf("S"))
        .as("a supplement asked again")
        .contains(SupervisionState.AWAITING_SUPPLEMENT);
    follow(f, "S", 4, new Change.NotAccepted("逾期未补正"));
    assertThat(f.service.stateOf("S")).contains(SupervisionState.NOT_ACCEPTED);
  }

  @Test
  @DisplayName("a change the file's state does not take is ignored and writes nothing")
  void changes_out_of_turn_are_ignored() {
    SupervisionFixtures f = new SupervisionFixtures();
    // no file yet: only a supplement request or an acceptance opens one
    follow(f, "N", 1, new Change.MaterialsSupplied());
    follow(f, "N", 2, new Change.NotAccepted("撤回"));
    follow(f, "N", 3, SupervisionFixtures.stage(SupervisionAction.RECEIVE_EVENT));
    follow(f, "N", 4, new Change.Flagged(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, "无值班领导"));
    follow(f, "N", 5, new Change.Closed("已结"));
    assertThat(f.service.isSupervised("N")).isFalse();
    assertThat(f.service.stateOf("N")).isEmpty();

    f.open("O", SHORT, HRSS); // assigned to a unit, no longer at the center
    int events = f.events.published().size();
    follow(f, "O", 1, SupervisionFixtures.supplement(SHORT));
    follow(f, "O", 2, SupervisionFixtures.accepted(SHORT, f.clock.instant()));
    follow(f, "O", 3, new Change.MaterialsSupplied());
    follow(f, "O", 4, new Change.NotAccepted("撤回"));
    follow(f, "O", 5, SupervisionFixtures.stage(SupervisionAction.OPEN_MEDIATION));
    follow(f, "O", 6, new Change.Closed("已结"));
    assertThat(f.service.stateOf("O")).contains(SupervisionState.ASSIGNED);
    assertThat(f.events.published()).hasSize(events);
  }

  @Test
  @DisplayName(
      "acceptance after a supplement accepts the file; a closure at the center concludes it")
  void acceptance_and_closure_at_the_center() {
    SupervisionFixtures f = new SupervisionFixtures();
    follow(f, "C", 1, SupervisionFixtures.supplement(SHORT));
    follow(f, "C", 2, new Change.MaterialsSupplied());
    follow(f, "C", 3, SupervisionFixtures.accepted(SHORT, f.clock.instant()));
    assertThat(f.service.stateOf("C")).contains(SupervisionState.ACCEPTED);
    assertThat(f.file("C").running(Step.HANDLING)).isPresent();

    follow(f, "C", 4, SupervisionFixtures.stage(SupervisionAction.RECEIVE_EVENT));
    assertThat(f.service.stateOf("C")).contains(SupervisionState.UNTRIAGED);
    follow(f, "C", 5, new Change.Closed("当事人撤回"));
    assertThat(f.service.stateOf("C")).contains(SupervisionState.COMPLETED);
    assertThat(f.file("C").running(Step.HANDLING)).isEmpty();
  }

  @Test
  @Implements({"6.2.1.3", "8.2.4", "6.3.1.2"})
  @DisplayName(
      "a flag tells the leadership once, lists the file apart while open and from its time")
  void flags_are_told_once_and_listed_while_open() {
    SupervisionFixtures f = new SupervisionFixtures();
    follow(f, "F", 1, SupervisionFixtures.accepted(SHORT, f.clock.instant()));
    java.time.Instant before = f.clock.instant();
    f.clock.set("2026-03-02T10:00:00");
    follow(f, "F", 2, new Change.Flagged(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, "无值班领导"));
    follow(f, "F", 3, new Change.Flagged(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, "再次"));
    assertThat(toLeadership(f))
        .singleElement()
        .satisfies(n -> assertThat(n.body()).contains("无值班领导").contains("F"));
    assertThat(f.file("F").flags()).hasSize(1);

    assertThat(f.service.overview(before).flagged()).as("not yet flagged then").isEmpty();
    assertThat(f.service.overview(f.clock.instant()).flagged())
        .singleElement()
        .satisfies(x -> assertThat(x.subject()).isEqualTo("F"))
        .satisfies(x -> assertThat(x.unit()).isEqualTo(CENTER));

    f.clock.set("2026-03-02T11:00:00");
    follow(f, "F", 4, new Change.Closed("已处置"));
    assertThat(f.service.overview(f.clock.instant()).flagged())
        .as("a completed file is no longer listed apart")
        .isEmpty();
    assertThat(f.service.overview(java.time.Instant.parse("2026-03-02T02:30:00Z")).flagged())
        .as("the view of the time before the closure still lists it")
        .hasSize(1);
  }

  @Test
  @DisplayName("the sweep reads past a full page: every file due is noticed")
  void the_sweep_reads_every_page() {
    SupervisionFixtures f = new SupervisionFixtures();
    int files = 201; // one more than a sweep page
    for (int i = 0; i < files; i++) {
      f.open(String.format("P%03d", i), SHORT, HRSS);
    }
    SweepDeadlinesUseCase.SweepReport report = f.service.sweepAll();
    assertThat(report.failures()).isEmpty();
    assertThat(report.issued()).hasSizeGreaterThanOrEqualTo(files);
    long filesNoticed = f.notifier.sent().stream().map(Notification::reference).distinct().count();
    assertThat(filesNoticed).isEqualTo(files);
  }

  @Test
  @Implements({"6.2.1.3", "R9"})
  @DisplayName(
      "when the calendar cannot count working days the sweep reads files due within a month per"
          + " reminder day and reports them")
  void a_calendar_that_cannot_count_still_sweeps_the_near_files() {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
    WorkingCalendar holidays = new HolidayTableCalendar();
    WorkingCalendar cannotCount =
        new WorkingCalendar() {
          @Override
          public boolean isWorkingDay(LocalDate date) {
            return holidays.isWorkingDay(date);
          }

          @Override
          public Set<Integer> coveredYears() {
            return holidays.coveredYears();
          }

          @Override
          public int workingDaysBetween(LocalDate from, LocalDate to) {
            throw new IllegalStateException("cannot count working days");
          }
        };
    InMemoryNotifier notifier = new InMemoryNotifier(clock);
    SupervisionService service =
        new SupervisionService(
            new InMemorySupervisionFileRepository(),
            cannotCount,
            DeadlinePolicy.defaults()
                .withCategory(
                    "far",
                    java.util.Map.of(
                        Step.HANDLING,
                        org.db3311.sgc.core.calendar.DeadlineRule.of(
                            "far",
                            org.db3311.sgc.core.calendar.TimeLimit.months(3),
                            DeadlinePolicy.ACCEPTED,
                            "test"))),
            EscalationPolicy.defaults(),
            notifier,
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    // handling 15 working days from 2 March: last day 23 March, three weeks ahead
    service.open(new OpenSupervisionUseCase.Command("NEAR", "事项", "misc.other", HRSS, OFFICER));
    service.record(new TrackProgressUseCase.Command("NEAR", new Progress.SignFor(), OFFICER));
    // three months: last day in June, beyond a month per reminder day
    service.open(new OpenSupervisionUseCase.Command("FAR", "事项", "far", HRSS, OFFICER));
    service.record(new TrackProgressUseCase.Command("FAR", new Progress.SignFor(), OFFICER));
    assertThat(service.file("NEAR").nextDeadline()).contains(LocalDate.of(2026, 3, 23));
    assertThat(service.file("FAR").nextDeadline())
        .hasValueSatisfying(d -> assertThat(d).isAfter(LocalDate.of(2026, 5, 3)));

    SweepDeadlinesUseCase.SweepReport report = service.sweepAll();
    assertThat(report.failures())
        .as("read, and reported because its notice cannot be decided")
        .singleElement()
        .satisfies(x -> assertThat(x.item()).isEqualTo("NEAR"));
    assertThat(report.issued()).isEmpty();
  }

  @Test
  @DisplayName("the due lists by page and by seek, and their counts, agree file by file")
  void lists_and_counts() {
    SupervisionFixtures f = new SupervisionFixtures();
    f.open("A", SHORT, HRSS); // due Tue 3 March
    f.open("B", SHORT, HECHENG); // due Tue 3 March
    f.open("C", "dispute.civil", HECHENG);
    f.progress("C", new Progress.SignFor()); // due 2 April
    assertThat(f.service.overdueCount()).isZero();
    assertThat(f.service.dueByCount(LocalDate.of(2026, 3, 3))).isEqualTo(2);
    assertThat(f.service.dueByCount(LocalDate.of(2026, 4, 2))).isEqualTo(3);
    DueKey afterA = new DueKey(LocalDate.of(2026, 3, 3), "A");
    assertThat(subjects(f.service.dueBy(LocalDate.of(2026, 4, 2), afterA, 10)))
        .containsExactly("B", "C");
    assertThat(subjects(f.service.dueBy(LocalDate.of(2026, 4, 2), afterA, 1))).containsExactly("B");
    assertThat(f.service.overdue(afterA, 10)).isEmpty();

    f.clock.set("2026-03-04T09:00:00");
    assertThat(f.service.overdueCount()).isEqualTo(2);
    assertThat(f.service.dueByCount(LocalDate.of(2026, 4, 2))).isEqualTo(1);
    assertThat(subjects(f.service.overdue(ALL))).containsExactly("A", "B");
    assertThat(subjects(f.service.overdue(afterA, 10))).containsExactly("B");
    assertThat(subjects(f.service.dueBy(LocalDate.of(2026, 4, 2), afterA, 10)))
        .containsExactly("C");
    assertThat(f.service.stateOf("C")).contains(SupervisionState.IN_PROGRESS);
    assertThat(f.service.isSupervised("C")).isTrue();
  }
}
