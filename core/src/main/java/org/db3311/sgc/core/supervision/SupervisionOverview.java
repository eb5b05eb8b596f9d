package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/**
 * The unified supervision view (统一督办, 8.2.4) at one instant: per unit, how many matters are
 * pending, handled, completed and overdue, and how many are in each state.
 */
@Implements("8.2.4")
public record SupervisionOverview(Instant at, Map<UnitId, Counts> byUnit, Counts total) {

  public SupervisionOverview {
    Objects.requireNonNull(at, "at");
    TreeMap<UnitId, Counts> sorted = new TreeMap<>(java.util.Comparator.comparing(UnitId::value));
    sorted.putAll(byUnit);
    byUnit = Collections.unmodifiableMap(sorted);
    Objects.requireNonNull(total, "total");
  }

  public Counts of(UnitId unit) {
    return byUnit.getOrDefault(unit, Counts.EMPTY);
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
      EnumMap<SupervisionState, Integer> m = new EnumMap<>(SupervisionState.class);
      m.putAll(byState);
      m.merge(state, 1, Integer::sum);
      return new Counts(
          pending + (state.column() == SupervisionState.Column.PENDING ? 1 : 0),
          handled + (state.column() == SupervisionState.Column.HANDLED ? 1 : 0),
          completed + (state.column() == SupervisionState.Column.COMPLETED ? 1 : 0),
          overdue + (isOverdue ? 1 : 0),
          m);
    }

    public int inState(SupervisionState state) {
      return byState.getOrDefault(state, 0);
    }
  }
}
