package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HECHENG;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.HRSS;
import static org.db3311.sgc.core.supervision.SupervisionFixtures.SHORT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.CalendarDataMissingException;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.StateCount;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The overdue and near-deadline lists, the current view and the sweep, from indexed queries. */
@Implements({"6.2.1.3", "8.2.4"})
class SupervisionQueriesTest {

  private static final PageRequest ALL = PageRequest.first(100);

  private static List<String> subjects(List<SupervisionDue> due) {
    return due.stream().map(SupervisionDue::subject).toList();
  }

  private static void sameAsReplayed(SupervisionService service, Instant now) {
    SupervisionOverview current = service.current();
    SupervisionOverview replayed = service.overview(now);
    assertThat(current.byUnit()).isEqualTo(replayed.byUnit());
    assertThat(current.total()).isEqualTo(replayed.total());
    assertThat(current.awaitingApplicant()).isEqualTo(replayed.awaitingApplicant());
  }

  @Test
  @DisplayName("a file is near its deadline, then overdue, by the earliest last day of its clocks")
  void lists() {
    SupervisionFixtures f = new SupervisionFixtures();
    f.open("A", SHORT, HRSS); // sign-for and handling due Tue 3 March
    f.open("B", "dispute.civil", HECHENG);
    f.progress("B", new Progress.SignFor()); // only the month of mediation runs: 2 April

    assertThat(f.file("A").nextDeadline()).contains(LocalDate.of(2026, 3, 3));
    assertThat(f.file("B").nextDeadline()).contains(LocalDate.of(2026, 4, 2));
    assertThat(subjects(f.service.dueBy(LocalDate.of(2026, 3, 3), ALL))).containsExactly("A");
    assertThat(subjects(f.service.dueBy(LocalDate.of(2026, 4, 2), ALL))).containsExactly("A", "B");
    assertThat(f.service.overdue(ALL)).isEmpty();

    f.clock.set("2026-03-04T09:00:00");
    assertThat(f.service.overdue(ALL))
        .containsExactly(
            new SupervisionDue(
                "A", "事项 A", HRSS, SupervisionState.ASSIGNED, LocalDate.of(2026, 3, 3)));
    assertThat(subjects(f.service.dueBy(LocalDate.of(2026, 4, 2), ALL))).containsExactly("B");
    assertThat(f.service.current().total().overdue()).isEqualTo(1);
    assertThat(f.service.currentFor(HRSS).leading().overdue()).isEqualTo(1);
    assertThat(f.service.currentFor(HECHENG).leading().inState(SupervisionState.IN_PROGRESS))
        .isEqualTo(1);
    sameAsReplayed(f.service, f.clock.instant());
  }

  @Test
  @DisplayName("a clock standing still leaves the lists, unless it stopped already overdue")
  void pauses() {
    SupervisionFixtures f = new SupervisionFixtures();
    f.open("P", "dispute.civil", HECHENG);
    f.progress("P", new Progress.SignFor());
    f.open("Q", SHORT, HRSS);
    f.progress("Q", new Progress.SignFor()); // handling due 3 March

    f.clock.set("2026-03-05T09:00:00");
    f.progress("P", new Progress.Pause("awaiting the applicant's documents"));
    f.progress("Q", new Progress.Pause("awaiting the applicant's documents"));

    assertThat(f.file("P").nextDeadline())
        .as("within its time: no last day while it stands still")
        .isEmpty();
    assertThat(subjects(f.service.dueBy(LocalDate.of(2027, 12, 31), ALL))).doesNotContain("P");
    assertThat(subjects(f.service.overdue(ALL))).containsExactly("Q");
    assertThat(f.service.current().total().overdue()).isEqualTo(1);
    sameAsReplayed(f.service, f.clock.instant());

    f.clock.set("2026-03-10T09:00:00");
    f.progress("P", new Progress.Resume());
    assertThat(f.file("P").nextDeadline())
        .as("the days it stood still move its last day on")
        .hasValueSatisfying(d -> assertThat(d).isAfter(LocalDate.of(2026, 4, 2)));
    sameAsReplayed(f.service, f.clock.instant());
  }

  /**
   * A repository that refuses to hand out every file: the services must ask a narrower question.
   */
  private static final class NoScans implements SupervisionFileRepository {
    private final InMemorySupervisionFileRepository files = new InMemorySupervisionFileRepository();
    private int filesRead;

    @Override
    public void save(SupervisionFile file) {
      files.save(file);
    }

    @Override
    public Optional<SupervisionFile> find(String subject) {
      return files.find(subject);
    }

    @Override
    public List<SupervisionFile> dueBefore(LocalDate day, PageRequest page) {
      return files.dueBefore(day, page);
    }

    @Override
    public List<SupervisionFile> dueBetween(LocalDate from, LocalDate until, PageRequest page) {
      return files.dueBetween(from, until, page);
    }

    @Override
    public List<SupervisionFile> dueBefore(LocalDate day, DueKey after, int limit) {
      return files.dueBefore(day, after, limit);
    }

    @Override
    public List<SupervisionFile> dueBetween(
        LocalDate from, LocalDate until, DueKey after, int limit) {
      return files.dueBetween(from, until, after, limit);
    }

    @Override
    public int countDueBefore(LocalDate day) {
      return files.countDueBefore(day);
    }

    @Override
    public int countDueBetween(LocalDate from, LocalDate until) {
      return files.countDueBetween(from, until);
    }

    @Override
    public List<StateCount> countByUnitAndState(LocalDate overdueBefore) {
      return files.countByUnitAndState(overdueBefore);
    }

    @Override
    public List<StateCount> countByState(UnitId unit, LocalDate overdueBefore) {
      return files.countByState(unit, overdueBefore);
    }

    @Override
    public List<SupervisionFile> withRunningClocks(PageRequest page) {
      return files.withRunningClocks(page);
    }

    @Override
    public List<SupervisionFile> inState(SupervisionState state, PageRequest page) {
      List<SupervisionFile> read = files.inState(state, page);
      filesRead += read.size();
      return read;
    }

    @Override
    public List<SupervisionFile> openedBy(Instant instant) {
      throw new AssertionError("read every file opened by " + instant);
    }
  }

  @Test
  @DisplayName("the sweep, the current view and the lists never read every file")
  void no_scans() {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
    InMemoryNotifier notifier = new InMemoryNotifier(clock);
    SupervisionService service =
        new SupervisionService(
            new NoScans(),
            new HolidayTableCalendar(),
            notifier,
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    service.open(
        new OpenSupervisionUseCase.Command(
            "N", "事项 N", "event.public_demand", HRSS, SupervisionFixtures.OFFICER));
    service.follow(
        new FollowMatterUseCase.Command(
            "W",
            "Matter/W",
            new org.db3311.sgc.core.common.Version(1),
            SupervisionFixtures.supplement("dispute.civil"),
            SupervisionFixtures.OFFICER,
            clock.instant()));

    assertThat(service.sweepAll().issued())
        .singleElement()
        .satisfies(n -> assertThat(n.level()).isEqualTo(NoticeLevel.REMINDER));
    clock.set("2026-03-04T09:00:00");
    assertThat(service.sweepAll().issued())
        .singleElement()
        .satisfies(n -> assertThat(n.level()).isEqualTo(NoticeLevel.OVERDUE));
    assertThat(subjects(service.overdue(ALL))).containsExactly("N");
    SupervisionOverview now = service.current();
    assertThat(now.leading(HRSS).overdue()).isEqualTo(1);
    assertThat(now.awaitingApplicant())
        .extracting(SupervisionOverview.ApplicantClock::subject)
        .containsExactly("W");
  }

  @Test
  @DisplayName(
      "8.2.4: the units with files are the current view's, read from the counts alone, and a unit"
          + " given its first file is among them at once")
  void units_with_files_from_the_counts() {
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00");
    NoScans files = new NoScans();
    SupervisionService service =
        new SupervisionService(
            files,
            new HolidayTableCalendar(),
            new InMemoryNotifier(clock),
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    service.open(
        new OpenSupervisionUseCase.Command(
            "N",
            "事项 N",
            "event.public_demand",
            HRSS,
            Set.of(HECHENG),
            SupervisionFixtures.OFFICER));
    service.follow(
        new FollowMatterUseCase.Command(
            "W",
            "Matter/W",
            new org.db3311.sgc.core.common.Version(1),
            SupervisionFixtures.supplement("dispute.civil"),
            SupervisionFixtures.OFFICER,
            clock.instant()));

    List<UnitId> units = service.unitsWithFiles();

    assertThat(files.filesRead).as("no file read").isZero();
    assertThat(units).contains(HRSS, HECHENG).hasSize(3);
    assertThat(units).containsExactlyElementsOf(service.current().byUnit().keySet());
    assertThat(files.filesRead)
        .as("the current view reads the files awaiting the applicant")
        .isOne();

    UnitId justice = UnitId.of("county-justice-bureau");
    service.open(
        new OpenSupervisionUseCase.Command(
            "J", "事项 J", "dispute.civil", justice, SupervisionFixtures.OFFICER));
    assertThat(service.unitsWithFiles()).contains(justice).hasSize(4);
  }

  /** The shipped calendar up to 2026, nothing after, whatever data a deployment adds later. */
  private static final class CalendarTo2026 implements WorkingCalendar {
    private final HolidayTableCalendar data = new HolidayTableCalendar();

    @Override
    public boolean isWorkingDay(LocalDate date) {
      if (date.getYear() > 2026) {
        throw new CalendarDataMissingException(date.getYear(), Set.of(2026));
      }
      return data.isWorkingDay(date);
    }

    @Override
    public Set<Integer> coveredYears() {
      return Set.of(2026);
    }
  }

  @Test
  @Implements({"6.2.1.3", "R9"})
  @DisplayName(
      "across the year boundary a last day the calendar cannot compute counts from 1 January")
  void year_boundary() {
    MutableClock clock = MutableClock.at("2026-12-30T09:00:00");
    SupervisionService service =
        new SupervisionService(
            new InMemorySupervisionFileRepository(),
            new CalendarTo2026(),
            new InMemoryNotifier(clock),
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    service.open(
        new OpenSupervisionUseCase.Command(
            "Z", "事项 Z", "event.petition", HRSS, SupervisionFixtures.OFFICER));
    service.record(
        new TrackProgressUseCase.Command("Z", new Progress.SignFor(), SupervisionFixtures.OFFICER));

    assertThat(service.file("Z").nextDeadline()).contains(LocalDate.of(2027, 1, 1));
    assertThat(service.overdue(ALL)).isEmpty();
    assertThat(subjects(service.dueBy(LocalDate.of(2027, 1, 1), ALL))).containsExactly("Z");

    clock.set("2027-01-04T09:00:00");
    assertThat(service.sweepAll().failures())
        .singleElement()
        .satisfies(x -> assertThat(x.item()).isEqualTo("Z"));
    assertThat(subjects(service.overdue(ALL))).containsExactly("Z");
  }
}
