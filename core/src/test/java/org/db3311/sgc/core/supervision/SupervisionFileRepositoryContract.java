package org.db3311.sgc.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.DueKey;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.StateCount;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SupervisionFileRepository} adapter must do, including the queries the services
 * run instead of reading every file. An adapter may keep one store for all the tests: each test
 * uses units of its own and next deadlines in a year of its own (long past, before any real file),
 * so what other tests stored never shows in its answers.
 */
public abstract class SupervisionFileRepositoryContract {

  private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
  private static final LocalDate D = LocalDate.of(2026, 3, 2);

  protected abstract SupervisionFileRepository newRepository();

  private static String unique(String prefix) {
    return prefix + "-" + Long.toHexString(System.nanoTime());
  }

  private static SupervisionFile file(String subject, UnitId lead, Set<UnitId> participants) {
    return SupervisionFile.open(
        subject,
        "t",
        "dispute.labour",
        lead,
        participants,
        DeadlinePolicy.defaults().rulesFor("dispute.labour"),
        Actor.SYSTEM,
        T,
        D);
  }

  private static SupervisionFile file(String subject) {
    return file(subject, UnitId.of("u1"), Set.of(UnitId.of("u2")));
  }

  /** The file as it would be with another next deadline (or none). */
  static SupervisionFile due(SupervisionFile f, LocalDate next) {
    SupervisionSnapshot s = f.snapshot();
    return SupervisionFile.fromSnapshot(
        new SupervisionSnapshot(
            s.subject(),
            s.title(),
            s.categoryCode(),
            s.unit(),
            s.participants(),
            s.state(),
            s.openedAt(),
            s.rules(),
            s.clocks(),
            s.notices(),
            s.history(),
            s.followed(),
            Optional.ofNullable(next)),
        f.version());
  }

  private static List<String> subjects(List<SupervisionFile> files) {
    return files.stream().map(SupervisionFile::subject).toList();
  }

  @Test
  void a_saved_file_reads_back_whole() {
    SupervisionFileRepository repo = newRepository();
    SupervisionFile f = file(unique("s"));
    f.schedule(new HolidayTableCalendar());
    repo.save(f);
    SupervisionFile read = repo.find(f.subject()).orElseThrow();
    assertThat(read.snapshot()).isEqualTo(f.snapshot());
    assertThat(read.nextDeadline()).isPresent().isEqualTo(f.nextDeadline());
    assertThat(repo.openedBy(T)).extracting(SupervisionFile::subject).contains(f.subject());
    assertThat(repo.openedBy(T.minusSeconds(1)))
        .extracting(SupervisionFile::subject)
        .doesNotContain(f.subject());
  }

  @Test
  @Implements({"8.2.4", "6.3.1.2"})
  void a_flagged_file_reads_back_with_its_flag() {
    SupervisionFileRepository repo = newRepository();
    SupervisionFile f = file(unique("s"));
    f.flag(SupervisionFlag.Kind.LED_BY_FALLBACK_LEADER, "无值班领导，由兜底领导牵头", Actor.SYSTEM, T);
    repo.save(f);
    SupervisionFile read = repo.find(f.subject()).orElseThrow();
    assertThat(read.flags()).isEqualTo(f.flags()).hasSize(1);
    assertThat(read.snapshot()).isEqualTo(f.snapshot());
  }

  @Test
  void a_stale_save_fails() {
    SupervisionFileRepository repo = newRepository();
    SupervisionFile f = file(unique("s"));
    repo.save(f);
    SupervisionFile a = repo.find(f.subject()).orElseThrow();
    SupervisionFile b = repo.find(f.subject()).orElseThrow();
    a.signFor(Actor.SYSTEM, T, D);
    repo.save(a);
    b.signFor(Actor.SYSTEM, T, D);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  @Implements("6.2.1.3")
  void overdue_files_come_earliest_deadline_first_then_by_subject_a_page_at_a_time() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("od");
    repo.save(due(file(p + "-a"), LocalDate.of(1901, 3, 5)));
    repo.save(due(file(p + "-b"), LocalDate.of(1901, 3, 1)));
    repo.save(due(file(p + "-c"), LocalDate.of(1901, 3, 3)));
    repo.save(due(file(p + "-d"), LocalDate.of(1901, 3, 3)));
    repo.save(due(file(p + "-e"), LocalDate.of(1901, 3, 10)));
    repo.save(due(file(p + "-f"), null));
    LocalDate day = LocalDate.of(1901, 3, 10);

    PageRequest first = PageRequest.first(2);
    assertThat(subjects(repo.dueBefore(day, first))).containsExactly(p + "-b", p + "-c");
    assertThat(subjects(repo.dueBefore(day, first.next()))).containsExactly(p + "-d", p + "-a");
    assertThat(subjects(repo.dueBefore(day, first.next().next()))).isEmpty();
    assertThat(subjects(repo.dueBefore(day.plusDays(1), PageRequest.first(10))))
        .as("due on the day itself is not yet overdue")
        .endsWith(p + "-e");
    assertThat(repo.countDueBefore(day))
        .as("the count is the whole list's length")
        .isEqualTo(repo.dueBefore(day, PageRequest.first(100_000)).size())
        .isGreaterThanOrEqualTo(4);
    assertThat(repo.countDueBefore(day.plusDays(1))).isEqualTo(repo.countDueBefore(day) + 1);
  }

  @Test
  @Implements("6.2.1.3")
  void near_deadline_files_are_those_due_between_two_days_both_included() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("nd");
    repo.save(due(file(p + "-early"), LocalDate.of(1902, 3, 2)));
    repo.save(due(file(p + "-from"), LocalDate.of(1902, 3, 3)));
    repo.save(due(file(p + "-mid"), LocalDate.of(1902, 3, 4)));
    repo.save(due(file(p + "-until"), LocalDate.of(1902, 3, 5)));
    repo.save(due(file(p + "-late"), LocalDate.of(1902, 3, 6)));

    LocalDate from = LocalDate.of(1902, 3, 3);
    LocalDate until = LocalDate.of(1902, 3, 5);
    assertThat(subjects(repo.dueBetween(from, until, PageRequest.first(10))))
        .containsExactly(p + "-from", p + "-mid", p + "-until");
    assertThat(subjects(repo.dueBetween(from, until, PageRequest.first(2).next())))
        .containsExactly(p + "-until");
    assertThat(repo.countDueBetween(from, until)).as("over all its pages").isEqualTo(3);
    assertThat(repo.countDueBetween(until, from)).isZero();
  }

  @Test
  @Implements("6.2.1.3")
  void seek_pages_start_after_the_key_and_read_the_list_in_its_order() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("sk");
    repo.save(due(file(p + "-a"), LocalDate.of(1905, 3, 5)));
    repo.save(due(file(p + "-b"), LocalDate.of(1905, 3, 1)));
    repo.save(due(file(p + "-c"), LocalDate.of(1905, 3, 3)));
    repo.save(due(file(p + "-d"), LocalDate.of(1905, 3, 3)));
    repo.save(due(file(p + "-e"), LocalDate.of(1905, 3, 10)));
    repo.save(due(file(p + "-f"), null));
    LocalDate from = LocalDate.of(1905, 1, 1);
    LocalDate until = LocalDate.of(1905, 12, 31);

    List<SupervisionFile> page = repo.dueBetween(from, until, PageRequest.first(2));
    List<String> walked = new ArrayList<>(subjects(page));
    while (page.size() == 2) {
      page = repo.dueBetween(from, until, DueKey.of(page.getLast()), 2);
      walked.addAll(subjects(page));
    }
    assertThat(walked)
        .as("page after page by seek: the order of the offset pages, each file once")
        .containsExactly(p + "-b", p + "-c", p + "-d", p + "-a", p + "-e")
        .isEqualTo(subjects(repo.dueBetween(from, until, PageRequest.first(10))));

    LocalDate day = LocalDate.of(1905, 3, 10);
    DueKey afterC = new DueKey(LocalDate.of(1905, 3, 3), p + "-c");
    assertThat(subjects(repo.dueBefore(day, afterC, 10)))
        .as("same deadline: by subject; the bound day is not yet overdue")
        .containsExactly(p + "-d", p + "-a");
    assertThat(subjects(repo.dueBefore(day, new DueKey(LocalDate.of(1905, 3, 2), p + "-z"), 2)))
        .as("a key no file holds starts at the next file in the order")
        .containsExactly(p + "-c", p + "-d");

    repo.save(due(file(p + "-g"), LocalDate.of(1905, 2, 1)));
    assertThat(subjects(repo.dueBefore(day, afterC, 10)))
        .as("a file saved ahead of the key does not shift the pages after it")
        .containsExactly(p + "-d", p + "-a");
    assertThat(subjects(repo.dueBetween(from, until, DueKey.of(repo.find(p + "-e").get()), 10)))
        .isEmpty();
    assertThatThrownBy(() -> repo.dueBefore(day, afterC, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Implements("6.2.1.3")
  void a_save_moves_the_file_to_its_new_deadline() {
    SupervisionFileRepository repo = newRepository();
    String s = unique("mv");
    repo.save(due(file(s), LocalDate.of(1903, 3, 2)));
    LocalDate y1903 = LocalDate.of(1903, 1, 1);
    LocalDate y1904 = LocalDate.of(1904, 1, 1);
    assertThat(subjects(repo.dueBetween(y1903, y1903.plusYears(1).minusDays(1), first10())))
        .containsExactly(s);

    repo.save(due(repo.find(s).orElseThrow(), LocalDate.of(1904, 1, 5)));

    assertThat(subjects(repo.dueBetween(y1903, y1903.plusYears(1).minusDays(1), first10())))
        .isEmpty();
    assertThat(subjects(repo.dueBetween(y1904, LocalDate.of(1904, 1, 31), first10())))
        .containsExactly(s);
    repo.save(due(repo.find(s).orElseThrow(), null));
    assertThat(
            subjects(
                repo.dueBetween(LocalDate.of(1904, 1, 1), LocalDate.of(1904, 1, 31), first10())))
        .as("no running clock: on no list")
        .isEmpty();
  }

  private static PageRequest first10() {
    return PageRequest.first(10);
  }

  @Test
  @Implements("8.2.4")
  void counts_each_file_under_its_lead_and_every_participant_by_state_with_the_overdue_ones() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("ct");
    UnitId lead = UnitId.of(p + "-lead");
    UnitId part = UnitId.of(p + "-part");
    UnitId other = UnitId.of(p + "-other");
    LocalDate day = LocalDate.of(2026, 3, 10);
    repo.save(due(file(p + "-1", lead, Set.of(part)), day.minusDays(1)));
    repo.save(due(file(p + "-2", lead, Set.of(part, other)), day));
    SupervisionFile signed = file(p + "-3", lead, Set.of());
    signed.signFor(Actor.SYSTEM, T, D);
    repo.save(due(signed, day.minusDays(5)));
    repo.save(due(file(p + "-4", other, Set.of()), null));

    List<StateCount> ours =
        repo.countByUnitAndState(day).stream().filter(c -> c.unit().value().startsWith(p)).toList();
    assertThat(ours)
        .containsExactlyInAnyOrder(
            new StateCount(lead, true, SupervisionState.ASSIGNED, 2, 1),
            new StateCount(lead, true, SupervisionState.IN_PROGRESS, 1, 1),
            new StateCount(part, false, SupervisionState.ASSIGNED, 2, 1),
            new StateCount(other, false, SupervisionState.ASSIGNED, 1, 0),
            new StateCount(other, true, SupervisionState.ASSIGNED, 1, 0));
    assertThat(repo.countByState(lead, day))
        .containsExactlyInAnyOrder(
            new StateCount(lead, true, SupervisionState.ASSIGNED, 2, 1),
            new StateCount(lead, true, SupervisionState.IN_PROGRESS, 1, 1));
    assertThat(repo.countByState(other, day))
        .containsExactlyInAnyOrder(
            new StateCount(other, false, SupervisionState.ASSIGNED, 1, 0),
            new StateCount(other, true, SupervisionState.ASSIGNED, 1, 0));
  }

  @Test
  @Implements({"8.2.4", "6.2.1.3"})
  void a_reassigned_file_counts_under_its_new_lead_and_participants_only() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("ra");
    UnitId first = UnitId.of(p + "-first");
    UnitId helper = UnitId.of(p + "-helper");
    UnitId second = UnitId.of(p + "-second");
    UnitId joiner = UnitId.of(p + "-joiner");
    repo.save(file(p + "-1", first, Set.of(helper)));
    SupervisionFile f = repo.find(p + "-1").orElseThrow();
    f.reassign(second, Set.of(joiner), "outside its remit", Actor.SYSTEM, T, D);
    repo.save(f);

    LocalDate day = LocalDate.of(2026, 3, 2);
    assertThat(repo.countByState(first, day)).isEmpty();
    assertThat(repo.countByState(helper, day)).isEmpty();
    assertThat(repo.countByState(second, day))
        .containsExactly(new StateCount(second, true, f.state(), 1, 0));
    assertThat(repo.countByState(joiner, day))
        .containsExactly(new StateCount(joiner, false, f.state(), 1, 0));
  }

  @Test
  @Implements("R10")
  void files_with_a_running_clock_come_by_subject_a_page_at_a_time() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("rc");
    repo.save(file(p + "-b"));
    repo.save(file(p + "-a"));
    SupervisionFile waiting =
        SupervisionFile.openAwaitingSupplement(
            p + "-c",
            "t",
            "dispute.labour",
            UnitId.of(p + "-center"),
            DeadlinePolicy.defaults().rulesFor("dispute.labour"),
            Actor.SYSTEM,
            T);
    repo.save(waiting); // the applicant's time: no clock of the center runs
    List<String> all = new java.util.ArrayList<>();
    PageRequest page = PageRequest.first(1);
    List<SupervisionFile> batch;
    do {
      batch = repo.withRunningClocks(page);
      all.addAll(subjects(batch));
      page = page.next();
    } while (!batch.isEmpty());
    assertThat(all.stream().filter(s -> s.startsWith(p)).toList())
        .containsExactly(p + "-a", p + "-b");
    assertThat(all).isSorted().doesNotHaveDuplicates();
  }

  @Test
  @Implements("8.2.4")
  void files_in_a_state_come_by_subject_a_page_at_a_time() {
    SupervisionFileRepository repo = newRepository();
    String p = unique("st");
    for (String s : List.of("c", "a", "b")) {
      repo.save(
          SupervisionFile.openAwaitingSupplement(
              p + "-" + s,
              "t",
              "dispute.labour",
              UnitId.of(p + "-center"),
              DeadlinePolicy.defaults().rulesFor("dispute.labour"),
              Actor.SYSTEM,
              T));
    }
    List<String> all = new java.util.ArrayList<>();
    PageRequest page = PageRequest.first(2);
    List<SupervisionFile> batch;
    do {
      batch = repo.inState(SupervisionState.AWAITING_SUPPLEMENT, page);
      all.addAll(subjects(batch));
      page = page.next();
    } while (batch.size() == 2);
    assertThat(all.stream().filter(s -> s.startsWith(p)).toList())
        .containsExactly(p + "-a", p + "-b", p + "-c");
    assertThat(all).isSorted();
  }
}
