package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.common.UnitId;

/**
 * A supervision file as an immutable value.
 *
 * @param subject what is supervised, e.g. a matter's registration number
 * @param unit the lead unit (牵头单位), answerable for the matter
 * @param participants the other units taking part (a joint mediation's members, an event's
 *     co-handling units)
 * @param rules the time limit of each step, fixed when the file was opened
 * @param clocks the running and past step deadlines, oldest first
 * @param history every state the file was in, with when and under which unit
 * @param followed per followed aggregate (e.g. {@code Matter/331121-20261125-0007}), the highest
 *     version of its domain events the file has applied: a redelivered event changes nothing
 * @param nextDeadline the earliest last day among the running step clocks, as last computed on the
 *     working-day calendar (see {@link SupervisionFile#schedule}); empty when no clock runs or
 *     every running one stands still within its time. Repositories keep it in an indexed column so
 *     the overdue and near-deadline lists and the sweep need not read every file.
 * @param flags the markers the unified view lists apart, oldest first, at most one of each kind
 */
public record SupervisionSnapshot(
    String subject,
    String title,
    String categoryCode,
    UnitId unit,
    Set<UnitId> participants,
    SupervisionState state,
    Instant openedAt,
    Map<Step, DeadlineRule> rules,
    List<StepClock> clocks,
    List<SupervisionNotice> notices,
    List<HistoryEntry> history,
    Map<String, Long> followed,
    Optional<LocalDate> nextDeadline,
    List<SupervisionFlag> flags) {

  public SupervisionSnapshot {
    if (subject == null || subject.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a supervision file names its subject and title");
    }
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(unit, "unit");
    participants = checkedParticipants(unit, participants);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedAt, "openedAt");
    rules = Map.copyOf(rules);
    clocks = List.copyOf(clocks);
    notices = List.copyOf(notices);
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("a file's history starts when it is opened");
    }
    followed = Map.copyOf(followed);
    Objects.requireNonNull(nextDeadline, "nextDeadline");
    flags = List.copyOf(flags);
    if (flags.stream().map(SupervisionFlag::kind).distinct().count() != flags.size()) {
      throw new IllegalArgumentException("a file carries each kind of flag once");
    }
  }

  /** A file without flags. */
  public SupervisionSnapshot(
      String subject,
      String title,
      String categoryCode,
      UnitId unit,
      Set<UnitId> participants,
      SupervisionState state,
      Instant openedAt,
      Map<Step, DeadlineRule> rules,
      List<StepClock> clocks,
      List<SupervisionNotice> notices,
      List<HistoryEntry> history,
      Map<String, Long> followed,
      Optional<LocalDate> nextDeadline) {
    this(
        subject,
        title,
        categoryCode,
        unit,
        participants,
        state,
        openedAt,
        rules,
        clocks,
        notices,
        history,
        followed,
        nextDeadline,
        List.of());
  }

  /** A file whose next deadline was not computed yet. */
  public SupervisionSnapshot(
      String subject,
      String title,
      String categoryCode,
      UnitId unit,
      Set<UnitId> participants,
      SupervisionState state,
      Instant openedAt,
      Map<Step, DeadlineRule> rules,
      List<StepClock> clocks,
      List<SupervisionNotice> notices,
      List<HistoryEntry> history,
      Map<String, Long> followed) {
    this(
        subject,
        title,
        categoryCode,
        unit,
        participants,
        state,
        openedAt,
        rules,
        clocks,
        notices,
        history,
        followed,
        Optional.empty());
  }

  /** A file that follows no other aggregate's events. */
  public SupervisionSnapshot(
      String subject,
      String title,
      String categoryCode,
      UnitId unit,
      Set<UnitId> participants,
      SupervisionState state,
      Instant openedAt,
      Map<Step, DeadlineRule> rules,
      List<StepClock> clocks,
      List<SupervisionNotice> notices,
      List<HistoryEntry> history) {
    this(
        subject,
        title,
        categoryCode,
        unit,
        participants,
        state,
        openedAt,
        rules,
        clocks,
        notices,
        history,
        Map.of());
  }

  /**
   * The file was in {@code state} from {@code at}, led by {@code unit} with {@code participants}
   * taking part.
   */
  public record HistoryEntry(
      Instant at, SupervisionState state, UnitId unit, Set<UnitId> participants) {
    public HistoryEntry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(unit, "unit");
      participants = checkedParticipants(unit, participants);
    }
  }

  /** The units taking part besides the lead, in a stable order; the lead is not one of them. */
  static Set<UnitId> checkedParticipants(UnitId lead, java.util.Collection<UnitId> participants) {
    java.util.TreeSet<UnitId> sorted =
        new java.util.TreeSet<>(java.util.Comparator.comparing(UnitId::value));
    for (UnitId u : participants) {
      sorted.add(Objects.requireNonNull(u, "participant"));
    }
    if (sorted.contains(lead)) {
      throw new IllegalArgumentException("the lead unit " + lead + " is not also a participant");
    }
    return java.util.Collections.unmodifiableSet(sorted);
  }
}
