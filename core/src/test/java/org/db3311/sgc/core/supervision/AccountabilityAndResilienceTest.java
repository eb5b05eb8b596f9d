package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HECHENG;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HRSS;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.WENXI;

import java.time.LocalDate;
import java.util.Set;
import org.db3311.sgc.core.calendar.CalendarDataMissingException;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountabilityAndResilienceTest {

  @Nested
  @Implements("6.2.1.3")
  @DisplayName("6.2.1.3 each unit's accountability survives reassignment")
  class Accountability {

    private final SupervisionFixtures f = new SupervisionFixtures();

    @Test
    @DisplayName("unit A, late to sign for, hands over to unit B: A's record is still there")
    void the_earlier_units_record_survives() {
      f.open("A", "event.public_demand", HRSS);
      f.clock.set("2026-03-04T09:00:00");
      assertThat(f.service.sweep())
          .singleElement()
          .satisfies(n -> assertThat(n.level()).isEqualTo(NoticeLevel.OVERDUE));
      f.clock.set("2026-03-05T09:00:00");
      f.progress("A", new Progress.Reassign(WENXI, "属地管辖"));
      f.progress("A", new Progress.SignFor());

      var records = f.file("A").accountability();
      assertThat(records)
          .extracting(SupervisionFile.Accountability::unit)
          .containsExactly(HRSS, WENXI);
      var a = records.get(0);
      assertThat(a.until()).contains(f.clock.instant());
      assertThat(a.notices())
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.unit()).isEqualTo(HRSS);
                assertThat(n.step()).isEqualTo(Step.SIGN_FOR);
              });
      assertThat(a.clocks())
          .filteredOn(c -> c.step() == Step.SIGN_FOR)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.met()).as("never signed for by A").isFalse();
                assertThat(c.deadline().dueDate(new HolidayTableCalendar()))
                    .as("past its last day before the handover")
                    .isBefore(LocalDate.of(2026, 3, 5));
              });
      var b = records.get(1);
      assertThat(b.until()).isEmpty();
      assertThat(b.notices()).isEmpty();
      assertThat(b.clocks())
          .filteredOn(c -> c.step() == Step.SIGN_FOR)
          .singleElement()
          .satisfies(c -> assertThat(c.met()).isTrue());
      assertThat(b.clocks())
          .as("the handling period from acceptance runs on under B")
          .filteredOn(c -> c.step() == Step.HANDLING)
          .singleElement()
          .satisfies(c -> assertThat(c.deadline().start()).isEqualTo(LocalDate.of(2026, 3, 2)));
    }

    @Test
    @DisplayName("a second reassignment keeps both earlier records")
    void every_record_survives() {
      f.open("A", "event.public_demand", HRSS);
      f.clock.set("2026-03-03T09:00:00");
      f.progress("A", new Progress.Reassign(WENXI, "属地管辖"));
      f.clock.set("2026-03-04T09:00:00");
      f.progress("A", new Progress.Reassign(HECHENG, "属地管辖"));
      assertThat(f.file("A").accountability())
          .extracting(SupervisionFile.Accountability::unit)
          .containsExactly(HRSS, WENXI, HECHENG);
      assertThat(f.file("A").accountability().get(1).until()).contains(f.clock.instant());
    }
  }

  /** A calendar without data from April 2026 on, as a deployment missing a year would be. */
  private static final class CalendarWithoutApril implements WorkingCalendar {
    private final HolidayTableCalendar data = new HolidayTableCalendar();

    @Override
    public boolean isWorkingDay(LocalDate date) {
      if (!date.isBefore(LocalDate.of(2026, 4, 1))) {
        throw new CalendarDataMissingException(date.getYear(), Set.of());
      }
      return data.isWorkingDay(date);
    }

    @Override
    public Set<Integer> coveredYears() {
      return data.coveredYears();
    }
  }

  @Nested
  @Implements({"6.2.1.3", "8.2.4", "R9"})
  @DisplayName("one file whose deadline cannot be computed stops neither the sweep nor the view")
  class Resilience {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
    private final InMemoryNotifier notifier = new InMemoryNotifier(clock);
    private final SupervisionService service =
        new SupervisionService(
            new InMemorySupervisionFileRepository(),
            new CalendarWithoutApril(),
            notifier,
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);

    private void open(String subject, String category) {
      service.open(
          new OpenSupervisionUseCase.Command(
              subject, "事项 " + subject, category, HRSS, SupervisionFixtures.OFFICER));
    }

    @Test
    @DisplayName("the sweep reports the failing file and notices the others")
    void sweep() {
      open("FAILS", "event.petition"); // 60 days: its last day lies beyond the calendar's data
      open("OK", "event.public_demand");
      clock.set("2026-03-04T09:00:00");
      var report = service.sweepAll();
      assertThat(report.failures())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.item()).isEqualTo("FAILS");
                assertThat(x.reason()).contains("CalendarDataMissingException");
              });
      assertThat(report.issued())
          .singleElement()
          .satisfies(n -> assertThat(n.step()).isEqualTo(Step.SIGN_FOR));
      assertThat(service.file("OK").notices()).hasSize(1);
      assertThat(service.file("FAILS").notices()).isEmpty();
      assertThat(notifier.sent()).hasSize(1);
    }

    @Test
    @DisplayName("the view counts every file and lists the one it could not judge")
    void view() {
      open("FAILS", "event.petition");
      open("OK", "event.public_demand");
      clock.set("2026-03-04T09:00:00");
      SupervisionOverview v = service.overview(clock.instant());
      assertThat(v.failures()).extracting(ItemFailure::item).containsExactly("FAILS");
      assertThat(v.leading(HRSS).pending()).isEqualTo(2);
      assertThat(v.leading(HRSS).overdue()).as("OK's sign-for is late").isEqualTo(1);
    }
  }
}
