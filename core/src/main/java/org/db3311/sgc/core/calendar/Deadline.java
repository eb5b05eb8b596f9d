package org.db3311.sgc.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A running time limit: a rule, the day its start event happened, and the pauses and approved
 * extensions since. Days are counted as the law counts them (民法典 arts 201–203): the start day is
 * not counted, a month ends on the matching day (else the month's last day), and a period whose
 * last day is not a working day ends on the next working day.
 *
 * <p>On a year the calendar holds only provisionally (ruling R10) the last day is provisional
 * ({@link #due}); once the official arrangement is loaded it is recomputed and kept no earlier than
 * the provisional day announced ({@link #notBefore}, {@link DeadlineRecompute}).
 *
 * @param start the day of the start event
 * @param notBefore the earliest the last day may be: a provisional last day already announced
 *     (R10); empty for most deadlines
 */
@Implements({"6.2.1.3", "R9", "R10"})
public record Deadline(
    DeadlineRule rule,
    LocalDate start,
    List<Pause> pauses,
    List<Extension> extensions,
    Optional<LocalDate> notBefore) {

  public Deadline {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(notBefore, "notBefore");
    pauses = List.copyOf(pauses);
    extensions = List.copyOf(extensions);
    long open = pauses.stream().filter(Pause::isOpen).count();
    if (open > 1) {
      throw new IllegalArgumentException("a deadline has at most one open pause");
    }
  }

  /** A deadline with no floor. */
  public Deadline(
      DeadlineRule rule, LocalDate start, List<Pause> pauses, List<Extension> extensions) {
    this(rule, start, pauses, extensions, Optional.empty());
  }

  public static Deadline startingOn(DeadlineRule rule, LocalDate start) {
    return new Deadline(rule, start, List.of(), List.of());
  }

  /**
   * The last day, with every pause (an open one counting through today) and extension applied, and
   * never before {@link #notBefore}.
   */
  public LocalDate dueDate(WorkingCalendar calendar, LocalDate today) {
    LocalDate due = count(calendar, start, rule.limit(), today);
    for (Extension e : extensions) {
      due = count(calendar, due, e.added(), today);
    }
    if (notBefore.isPresent() && notBefore.get().isAfter(due)) {
      return notBefore.get();
    }
    return due;
  }

  /**
   * The last day and whether it is provisional: whether any day from the start to the last day lies
   * in a year the calendar holds only provisionally (ruling R10).
   */
  @Implements("R10")
  public DueDate due(WorkingCalendar calendar, LocalDate today) {
    LocalDate due = dueDate(calendar, today);
    return new DueDate(due, calendar.anyProvisional(start, due));
  }

  /** {@link #due(WorkingCalendar, LocalDate)} when nothing is paused now. */
  @Implements("R10")
  public DueDate due(WorkingCalendar calendar) {
    LocalDate due = dueDate(calendar);
    return new DueDate(due, calendar.anyProvisional(start, due));
  }

  /** Whether the last day was computed on a provisional year (ruling R10). */
  @Implements("R10")
  public boolean isProvisional(WorkingCalendar calendar, LocalDate today) {
    return due(calendar, today).provisional();
  }

  /**
   * This deadline kept no earlier than a day already announced (ruling R10: a recomputed deadline
   * never moves earlier than the provisional one); an earlier floor already held stays if later.
   */
  @Implements("R10")
  public Deadline notBefore(LocalDate announced) {
    Objects.requireNonNull(announced, "announced");
    LocalDate floor = notBefore.filter(f -> f.isAfter(announced)).orElse(announced);
    return new Deadline(rule, start, pauses, extensions, Optional.of(floor));
  }

  /** The last day when nothing is paused now (closed pauses still count). */
  public LocalDate dueDate(WorkingCalendar calendar) {
    if (isPaused()) {
      throw new IllegalStateException(
          "deadline " + rule.name() + " is paused: its end depends on when the pause ends");
    }
    return dueDate(calendar, start);
  }

  public boolean isPaused() {
    return pauses.stream().anyMatch(Pause::isOpen);
  }

  /** Starts a pause on the given day, recorded at the given instant. */
  public Deadline pausedFrom(LocalDate day, String reason, Instant recordedAt) {
    if (isPaused()) {
      throw new IllegalStateException("deadline " + rule.name() + " is already paused");
    }
    List<Pause> p = new ArrayList<>(pauses);
    p.add(Pause.open(day, reason, recordedAt));
    return new Deadline(rule, start, p, extensions, notBefore);
  }

  /** Ends the open pause; the clock runs again from the given day. */
  public Deadline resumedOn(LocalDate day, Instant recordedAt) {
    List<Pause> p = new ArrayList<>();
    boolean ended = false;
    for (Pause x : pauses) {
      if (x.isOpen()) {
        p.add(x.endedOn(day, recordedAt));
        ended = true;
      } else {
        p.add(x);
      }
    }
    if (!ended) {
      throw new IllegalStateException("deadline " + rule.name() + " is not paused");
    }
    return new Deadline(rule, start, p, extensions, notBefore);
  }

  /**
   * Adds an approved extension.
   *
   * @throws IllegalArgumentException when the rule allows none, or the total would pass its cap
   */
  public Deadline extendedBy(Extension extension) {
    TimeLimit max =
        rule.maxExtension()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "deadline " + rule.name() + " cannot be extended (" + rule.basis() + ")"));
    if (extension.added().unit() != max.unit()) {
      throw new IllegalArgumentException(
          "deadline " + rule.name() + " is extended in " + max.unit());
    }
    int total = extension.added().length();
    for (Extension e : extensions) {
      total += e.added().length();
    }
    if (total > max.length()) {
      throw new IllegalArgumentException(
          "deadline "
              + rule.name()
              + " may be extended by at most "
              + max
              + " in all ("
              + rule.basis()
              + ")");
    }
    List<Extension> x = new ArrayList<>(extensions);
    x.add(extension);
    return new Deadline(rule, start, pauses, x, notBefore);
  }

  /**
   * The deadline as it stood at an instant: only the pauses and extensions recorded by then, a
   * pause whose end was recorded later still open. The unified view of a past instant counts with
   * it, so nothing recorded afterwards changes what the view said then.
   */
  public Deadline asRecordedAt(Instant at) {
    List<Pause> p = new ArrayList<>();
    for (Pause x : pauses) {
      x.asRecordedAt(at).ifPresent(p::add);
    }
    List<Extension> x = new ArrayList<>();
    for (Extension e : extensions) {
      if (!e.approvedAt().isAfter(at)) {
        x.add(e);
      }
    }
    return new Deadline(rule, start, p, x, notBefore);
  }

  private boolean paused(LocalDate day, LocalDate today) {
    for (Pause p : pauses) {
      if (p.covers(day, today)) {
        return true;
      }
    }
    return false;
  }

  private LocalDate count(WorkingCalendar cal, LocalDate from, TimeLimit limit, LocalDate today) {
    LocalDate d = from;
    int left = limit.length();
    switch (limit.unit()) {
      case WORKING_DAYS -> {
        while (left > 0) {
          d = d.plusDays(1);
          if (cal.isWorkingDay(d) && !paused(d, today)) {
            left--;
          }
        }
        return d;
      }
      case CALENDAR_DAYS -> {
        while (left > 0) {
          d = d.plusDays(1);
          if (!paused(d, today)) {
            left--;
          }
        }
      }
      case MONTHS -> {
        LocalDate end = from.plusMonths(left);
        int pausedDays = 0;
        for (LocalDate x = from.plusDays(1); !x.isAfter(end); x = x.plusDays(1)) {
          if (paused(x, today)) {
            pausedDays++;
          }
        }
        d = end;
        while (pausedDays > 0) {
          d = d.plusDays(1);
          if (!paused(d, today)) {
            pausedDays--;
          }
        }
      }
    }
    while (!cal.isWorkingDay(d) || paused(d, today)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
