package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.UnitId;

/**
 * The unified supervision view (统一督办, 8.2.4) at one instant: per unit, how many matters are
 * pending, handled, completed and overdue, and how many are in each state, told apart by whether
 * the unit leads the matter (牵头) or takes part in it (参与: a member of a joint mediation, 6.2.1.1.1;
 * a co-handling unit of an event, 6.3.1.1).
 *
 * <p>The total counts each matter once, however many units take part; a unit is either the lead or
 * a participant of a matter, never both, so its own counts never count a matter twice either.
 *
 * <p>Every matter shows from acceptance, in its stage at the center (untriaged; awaiting
 * suitability or consent; found unsuitable or declined) as much as with a unit. A matter waiting on
 * its applicant's supplement before acceptance runs the applicant's clock, not the center's: it is
 * counted under its state but in none of the three columns, and listed apart in {@link
 * #awaitingApplicant()} with the instant the applicant's clock started. A file the view could not
 * fully take into account (its deadline cannot be computed) is listed in {@link #failures()} with
 * the reason; the others are shown all the same. A file carrying a flag (e.g. an escalated event,
 * 6.3.1.2, led by the fallback leader because no duty leader was found) is also listed in {@link
 * #flagged()}.
 */
@Implements({"8.2.4", "6.2.1.1.1", "6.3.1.1", "6.2.1.3"})
public record SupervisionOverview(
    Instant at,
    Map<UnitId, UnitCounts> byUnit,
    Counts total,
    List<ApplicantClock> awaitingApplicant,
    List<ItemFailure> failures,
    List<Flagged> flagged) {

  public SupervisionOverview {
    Objects.requireNonNull(at, "at");
    TreeMap<UnitId, UnitCounts> sorted = new TreeMap<>(Comparator.comparing(UnitId::value));
    sorted.putAll(byUnit);
    byUnit = Collections.unmodifiableMap(sorted);
    Objects.requireNonNull(total, "total");
    // by subject, however the files were read
    awaitingApplicant =
        awaitingApplicant.stream().sorted(Comparator.comparing(ApplicantClock::subject)).toList();
    failures = List.copyOf(failures);
    flagged = List.copyOf(flagged);
  }

  /** A view without flagged files. */
  public SupervisionOverview(
      Instant at,
      Map<UnitId, UnitCounts> byUnit,
      Counts total,
      List<ApplicantClock> awaitingApplicant,
      List<ItemFailure> failures) {
    this(at, byUnit, total, awaitingApplicant, failures, List.of());
  }

  /**
   * An open file carrying a flag raised by the view's instant, listed apart whatever its state
   * (e.g. an escalated event, 6.3.1.2, led by the fallback leader because no duty leader was
   * found), so it is never left unseen.
   *
   * @param unit the file's lead unit at the view's instant
   */
  @Implements({"8.2.4", "6.3.1.2"})
  public record Flagged(String subject, UnitId unit, SupervisionFlag flag) {
    public Flagged {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(flag, "flag");
    }
  }

  /** The flagged files of a kind. */
  public List<Flagged> flagged(SupervisionFlag.Kind kind) {
    return flagged.stream().filter(x -> x.flag().kind() == kind).toList();
  }

  /**
   * A matter waiting on its applicant's supplement (补正), before acceptance: the applicant's clock.
   *
   * @param unit the center's unit holding the matter
   * @param since when the supplement was requested
   */
  public record ApplicantClock(String subject, UnitId unit, Instant since) {
    public ApplicantClock {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(since, "since");
    }
  }

  static Builder builder(Instant at) {
    return new Builder(at);
  }

  /** Everything the unit has a part in, as lead or participant. */
  public Counts of(UnitId unit) {
    return roles(unit).all();
  }

  /** The matters the unit leads. */
  public Counts leading(UnitId unit) {
    return roles(unit).leading();
  }

  /** The matters the unit takes part in without leading them. */
  public Counts participating(UnitId unit) {
    return roles(unit).participating();
  }

  public UnitCounts roles(UnitId unit) {
    return byUnit.getOrDefault(unit, UnitCounts.EMPTY);
  }

  /** One unit's counts, as lead and as participant. */
  public record UnitCounts(Counts leading, Counts participating) {

    public static final UnitCounts EMPTY = new UnitCounts(Counts.EMPTY, Counts.EMPTY);

    public UnitCounts {
      Objects.requireNonNull(leading, "leading");
      Objects.requireNonNull(participating, "participating");
    }

    /** Both roles together: no matter is in both. */
    public Counts all() {
      return leading.and(participating);
    }
  }

  /**
   * @param overdue of the pending and handled ones, how many have a step past its last day
   */
  public record Counts(
      int pending,
      int handled,
      int completed,
      int overdue,
      Map<SupervisionState, Integer> byState) {

    public static final Counts EMPTY = new Counts(0, 0, 0, 0, Map.of());

    public Counts {
      EnumMap<SupervisionState, Integer> m = new EnumMap<>(SupervisionState.class);
      m.putAll(byState);
      byState = Collections.unmodifiableMap(m);
    }

    Counts plus(SupervisionState state, boolean isOverdue) {
      return plus(state, 1, isOverdue ? 1 : 0);
    }

    /** Adds {@code n} matters in a state, {@code late} of them overdue. */
    Counts plus(SupervisionState state, int n, int late) {
      EnumMap<SupervisionState, Integer> m = new EnumMap<>(SupervisionState.class);
      m.putAll(byState);
      m.merge(state, n, Integer::sum);
      return new Counts(
          pending + (state.column() == SupervisionState.Column.PENDING ? n : 0),
          handled + (state.column() == SupervisionState.Column.HANDLED ? n : 0),
          completed + (state.column() == SupervisionState.Column.COMPLETED ? n : 0),
          overdue + late,
          m);
    }

    /** The sum of two counts of disjoint sets of matters. */
    public Counts and(Counts other) {
      EnumMap<SupervisionState, Integer> m = new EnumMap<>(SupervisionState.class);
      m.putAll(byState);
      other.byState.forEach((s, n) -> m.merge(s, n, Integer::sum));
      return new Counts(
          pending + other.pending,
          handled + other.handled,
          completed + other.completed,
          overdue + other.overdue,
          m);
    }

    /** All matters counted: pending, handled and completed together. */
    public int matters() {
      return pending + handled + completed;
    }

    public int inState(SupervisionState state) {
      return byState.getOrDefault(state, 0);
    }
  }

  /** Counts matter by matter. */
  static final class Builder {
    private final Instant at;
    private final Map<UnitId, UnitCounts> byUnit = new HashMap<>();
    private Counts total = Counts.EMPTY;
    private final List<ApplicantClock> applicant = new ArrayList<>();
    private final List<ItemFailure> failures = new ArrayList<>();
    private final List<Flagged> flagged = new ArrayList<>();

    private Builder(Instant at) {
      this.at = at;
    }

    Builder awaitingApplicant(ApplicantClock clock) {
      applicant.add(clock);
      return this;
    }

    Builder flagged(Flagged f) {
      flagged.add(f);
      return this;
    }

    Builder failed(ItemFailure failure) {
      failures.add(failure);
      return this;
    }

    /** Adds one matter, led by {@code lead} with {@code participants}, in a state. */
    Builder add(UnitId lead, Set<UnitId> participants, SupervisionState state, boolean overdue) {
      byUnit.merge(
          lead,
          new UnitCounts(Counts.EMPTY.plus(state, overdue), Counts.EMPTY),
          (x, y) -> new UnitCounts(x.leading().plus(state, overdue), x.participating()));
      for (UnitId p : participants) {
        byUnit.merge(
            p,
            new UnitCounts(Counts.EMPTY, Counts.EMPTY.plus(state, overdue)),
            (x, y) -> new UnitCounts(x.leading(), x.participating().plus(state, overdue)));
      }
      total = total.plus(state, overdue);
      return this;
    }

    /**
     * Adds a counted row: under its unit in its role, and, a file having one lead, in the total
     * when the row counts leads.
     *
     * @param countsOverdue whether the row's overdue files count as such in its state
     */
    Builder add(SupervisionFileRepository.StateCount c, boolean countsOverdue) {
      int late = countsOverdue ? c.overdue() : 0;
      UnitCounts was = byUnit.getOrDefault(c.unit(), UnitCounts.EMPTY);
      byUnit.put(
          c.unit(),
          c.leading()
              ? new UnitCounts(was.leading().plus(c.state(), c.files(), late), was.participating())
              : new UnitCounts(
                  was.leading(), was.participating().plus(c.state(), c.files(), late)));
      if (c.leading()) {
        total = total.plus(c.state(), c.files(), late);
      }
      return this;
    }

    SupervisionOverview build() {
      return new SupervisionOverview(at, byUnit, total, applicant, failures, flagged);
    }
  }
}
