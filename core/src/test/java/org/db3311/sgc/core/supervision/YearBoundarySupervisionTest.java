package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HECHENG;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HRSS;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.OFFICER;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.WENXI;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.HolidayTable;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.LunarDates;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.Notification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Supervision across the end of the shipped holiday data: today is 3 December 2026 and the official
 * 2027 arrangement is not loaded (ruling R10).
 */
@Implements({"R10", "6.2.1.3", "8.2.4"})
class YearBoundarySupervisionTest {

  private final MutableClock clock = MutableClock.at("2026-12-03T09:00:00");
  private final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
  private final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  private final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final HolidayTableCalendar provisional2027 = new HolidayTableCalendar();
  private final SupervisionService service = service(provisional2027);

  /** An official 2027 arrangement: 元旦 and a 春节 week longer than the law's four days. */
  private static HolidayTable official2027() {
    LunarDates l = LunarDates.shipped().get(2027);
    Map<LocalDate, Boolean> days = new java.util.HashMap<>();
    days.put(LocalDate.of(2027, 1, 1), true);
    for (int i = -1; i < 8; i++) {
      days.put(l.springFestival().plusDays(i), true);
    }
    return new HolidayTable(2027, days, List.of("国办发明电〔2026〕 (test arrangement)"));
  }

  private SupervisionService service(HolidayTableCalendar calendar) {
    DeadlinePolicy policy =
        DeadlinePolicy.defaults()
            .withCategory(
                "dispute.long",
                Map.of(
                    Step.HANDLING,
                    DeadlineRule.of("long", TimeLimit.months(14), "assigned", "test")));
    return new SupervisionService(
        files, calendar, policy, EscalationPolicy.defaults(), notifier, events, audit, clock);
  }

  private void open(String subject, String category) {
    service.open(
        new OpenSupervisionUseCase.Command(
            subject,
            "事项 " + subject,
            category,
            category.startsWith("event") ? WENXI : HRSS,
            OFFICER));
  }

  private DueDate handling(SupervisionService s, String subject, HolidayTableCalendar calendar) {
    return s.file(subject)
        .running(Step.HANDLING)
        .orElseThrow()
        .due(calendar, LocalDate.of(2026, 12, 3));
  }

  @Test
  @DisplayName(
      "R10: a file whose deadline reaches into 2027 is swept and viewed; its deadline says it is provisional")
  void a_deadline_into_2027_is_swept_and_viewed() {
    open("P", "event.petition");
    open("S", "dispute.neighbour");
    service.open(
        new OpenSupervisionUseCase.Command("N", "近期事项", "dispute.labour", HECHENG, OFFICER));

    assertThat(service.sweep()).isNotNull();
    assertThat(service.overview(clock.instant()).total().pending()).isEqualTo(3);
    // 60 days from 3 December 2026: 1 February 2027, a Monday of the provisional 2027
    assertThat(handling(service, "P", provisional2027))
        .isEqualTo(DueDate.provisional(LocalDate.of(2027, 2, 1)));
    // 15 days from 3 December: 18 December 2026, official
    assertThat(handling(service, "N", provisional2027))
        .isEqualTo(DueDate.official(LocalDate.of(2026, 12, 18)));

    clock.set("2027-02-02T09:00:00");
    List<SupervisionNotice> notices = service.sweep();
    assertThat(notices).extracting(SupervisionNotice::step).contains(Step.HANDLING);
    assertThat(notifier.sentAbout("P"))
        .extracting(Notification::body)
        .anyMatch(b -> b.contains("2027-02-01（暂定）"));
    assertThat(service.overview(clock.instant()).total().overdue()).isGreaterThanOrEqualTo(1);
  }

  @Test
  @DisplayName(
      "R10: loading the official 2027 arrangement recomputes provisional deadlines, never earlier, and reports a failing file without stopping")
  void loading_the_official_arrangement_recomputes() {
    open("LONG", "dispute.long"); // 14 months: into 2028
    open("P", "event.petition"); // 60 days: 1 February 2027
    open("S", "dispute.neighbour"); // one month: 4 January 2027
    DueDate announcedP = handling(service, "P", provisional2027);
    DueDate announcedS = handling(service, "S", provisional2027);

    HolidayTableCalendar loaded = provisional2027.withOfficial(List.of(official2027()));
    SupervisionService after = service(loaded);
    // the deadlines were announced on a calendar that did not reach 2028: LONG cannot be recounted
    HolidayTableCalendar announcedWith =
        new HolidayTableCalendar(
            HolidayTableCalendar.shippedTables(), Map.of(2027, LunarDates.shipped().get(2027)));
    RecomputeProvisionalDeadlinesUseCase.Report report =
        after.recompute(new RecomputeProvisionalDeadlinesUseCase.Command(announcedWith));

    assertThat(report.failures())
        .singleElement()
        .satisfies(x -> assertThat(x.item()).isEqualTo("LONG"))
        .satisfies(x -> assertThat(x.reason()).contains("2028"));
    assertThat(report.recomputed())
        .extracting(RecomputeProvisionalDeadlinesUseCase.Recomputed::subject)
        .contains("P", "S");
    for (RecomputeProvisionalDeadlinesUseCase.Recomputed r : report.recomputed()) {
      assertThat(r.recomputed().date()).isAfterOrEqualTo(r.announced().date());
      assertThat(r.recomputed().provisional()).isFalse();
      assertThat(r.announced().provisional()).isTrue();
    }
    DueDate nowP = handling(after, "P", loaded);
    DueDate nowS = handling(after, "S", loaded);
    assertThat(nowP.provisional()).isFalse();
    assertThat(nowP.date()).isAfterOrEqualTo(announcedP.date());
    assertThat(nowS).isEqualTo(DueDate.official(announcedS.date()));
    assertThat(events.published())
        .anyMatch(
            e ->
                e instanceof SupervisionEvent se
                    && se.action() == SupervisionAction.RECOMPUTE_DEADLINES
                    && se.subject().equals("P"));
  }

  @Test
  @DisplayName("R10: an official arrangement with more working days keeps the announced day")
  void never_earlier_through_the_service() {
    clock.set("2026-12-21T09:00:00");
    open("W", "other.matter"); // the fallback: 15 working days
    DueDate announced = handling(service, "W", provisional2027);
    // 22–25 and 28–31 December, (元旦 off) 4–8 and 11–12 January
    assertThat(announced).isEqualTo(DueDate.provisional(LocalDate.of(2027, 1, 12)));
    // the official arrangement makes Saturday 9 January a working day (调休): the recount ends on
    // 11 January, but the announced 12 January stands
    HolidayTableCalendar loaded =
        provisional2027.withOfficial(
            List.of(
                new HolidayTable(
                    2027,
                    Map.of(LocalDate.of(2027, 1, 1), true, LocalDate.of(2027, 1, 9), false),
                    List.of("test"))));
    SupervisionService after = service(loaded);
    RecomputeProvisionalDeadlinesUseCase.Report report =
        after.recompute(new RecomputeProvisionalDeadlinesUseCase.Command(provisional2027));
    assertThat(report.failures()).isEmpty();
    assertThat(handling(after, "W", loaded)).isEqualTo(DueDate.official(LocalDate.of(2027, 1, 12)));
    assertThat(after.file("W").running(Step.HANDLING).orElseThrow().deadline().notBefore())
        .contains(LocalDate.of(2027, 1, 12));
  }
}
