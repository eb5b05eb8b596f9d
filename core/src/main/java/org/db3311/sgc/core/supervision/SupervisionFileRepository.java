package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

/**
 * Outgoing port: where supervision files are kept. Saves honour the file's version (a stale save
 * fails with an {@link org.db3311.sgc.core.common.OptimisticLockException}).
 *
 * <p>The queries the services run are shaped so a database answers them from an index rather than
 * by reading every file: by the stored {@link SupervisionSnapshot#nextDeadline() next deadline}
 * (overdue, near-deadline, the sweep), by lead unit and state (the current unified view), by
 * participating unit, and by state. Lists come a page at a time, ordered so that paging is stable.
 */
public interface SupervisionFileRepository {

  void save(SupervisionFile file);

  Optional<SupervisionFile> find(String subject);

  /**
   * Files whose next deadline is before {@code day}, earliest deadline first (then by subject).
   * With {@code day} today: the overdue list; with the day after the last day a reminder covers:
   * every file the sweep may have to notice.
   */
  List<SupervisionFile> dueBefore(LocalDate day, PageRequest page);

  /**
   * Files whose next deadline falls from {@code from} to {@code until}, both included, earliest
   * first (then by subject): the near-deadline list.
   */
  List<SupervisionFile> dueBetween(LocalDate from, LocalDate until, PageRequest page);

  /**
   * The files of {@link #dueBefore(LocalDate, PageRequest)} that come after {@code after} in its
   * order, at most {@code limit}: a seek (keyset) page. A database reads its index from the key, so
   * a deep page costs what the first one does, where an offset walks past every skipped file; and a
   * file saved meanwhile neither repeats nor pushes another off the list being read.
   */
  List<SupervisionFile> dueBefore(LocalDate day, DueKey after, int limit);

  /**
   * The files of {@link #dueBetween(LocalDate, LocalDate, PageRequest)} that come after {@code
   * after} in its order, at most {@code limit}: a seek page, as for {@link #dueBefore(LocalDate,
   * DueKey, int)}.
   */
  List<SupervisionFile> dueBetween(LocalDate from, LocalDate until, DueKey after, int limit);

  /** How many files {@link #dueBefore} lists for {@code day}, over all its pages. */
  int countDueBefore(LocalDate day);

  /** How many files {@link #dueBetween} lists for the two days, over all its pages. */
  int countDueBetween(LocalDate from, LocalDate until);

  /**
   * How many files each unit has in each state, as lead and as participant, and of those how many
   * have a next deadline before {@code overdueBefore}.
   */
  List<StateCount> countByUnitAndState(LocalDate overdueBefore);

  /** The same counts for one unit only. */
  List<StateCount> countByState(UnitId unit, LocalDate overdueBefore);

  /**
   * Files with a step clock still running, by subject: what the recount of provisional deadlines
   * (R10) reads once a year's official arrangement is loaded, a rare run over every active file.
   */
  List<SupervisionFile> withRunningClocks(PageRequest page);

  /** Files now in a state, by subject. */
  List<SupervisionFile> inState(SupervisionState state, PageRequest page);

  /**
   * Files opened at or before the instant: the unified view of a past instant replays their
   * histories, which only the documents hold.
   */
  List<SupervisionFile> openedBy(Instant instant);

  /** A page of a list: skip {@code offset} items, return at most {@code limit}. */
  record PageRequest(int offset, int limit) {
    public PageRequest {
      if (offset < 0 || limit < 1) {
        throw new IllegalArgumentException("a page starts at 0 or later and holds at least one");
      }
    }

    public static PageRequest first(int limit) {
      return new PageRequest(0, limit);
    }

    public PageRequest next() {
      return new PageRequest(offset + limit, limit);
    }
  }

  /**
   * A file's place in the lists by next deadline ({@link #dueBefore}, {@link #dueBetween}): its
   * next deadline, then its subject. A seek page starts after the key of the previous page's last
   * file.
   */
  record DueKey(LocalDate nextDeadline, String subject) implements Comparable<DueKey> {

    private static final Comparator<DueKey> ORDER =
        Comparator.comparing(DueKey::nextDeadline).thenComparing(DueKey::subject);

    public DueKey {
      Objects.requireNonNull(nextDeadline, "nextDeadline");
      Objects.requireNonNull(subject, "subject");
      if (subject.isBlank()) {
        throw new IllegalArgumentException("a list position names a file's subject");
      }
    }

    /** The key of a file on a list by next deadline; it has one only while a clock runs. */
    public static DueKey of(SupervisionFile file) {
      return new DueKey(
          file.nextDeadline()
              .orElseThrow(
                  () -> new IllegalArgumentException(file.subject() + " has no next deadline")),
          file.subject());
    }

    @Override
    public int compareTo(DueKey other) {
      return ORDER.compare(this, other);
    }
  }

  /**
   * One row of the counts: {@code files} files in {@code state} that {@code unit} leads (or takes
   * part in, when {@code leading} is false), {@code overdue} of them with a next deadline before
   * the day asked.
   */
  record StateCount(UnitId unit, boolean leading, SupervisionState state, int files, int overdue) {
    public StateCount {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(state, "state");
      if (files < 1 || overdue < 0 || overdue > files) {
        throw new IllegalArgumentException("a count row counts at least one file");
      }
    }
  }
}
