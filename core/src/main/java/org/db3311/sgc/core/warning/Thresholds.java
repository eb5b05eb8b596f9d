package org.db3311.sgc.core.warning;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Count thresholds of a rule: from each threshold upward, the level it asks for. Higher counts
 * never ask for a lower level.
 */
public record Thresholds(NavigableMap<Integer, WarningLevel> levels) {

  public Thresholds {
    if (levels == null || levels.isEmpty()) {
      throw new IllegalArgumentException("at least one threshold");
    }
    WarningLevel previous = null;
    for (Map.Entry<Integer, WarningLevel> e : levels.entrySet()) {
      if (e.getKey() < 1) {
        throw new IllegalArgumentException("thresholds are positive counts, not " + e.getKey());
      }
      if (previous != null && previous.isHigherThan(e.getValue())) {
        throw new IllegalArgumentException(
            "threshold " + e.getKey() + " asks for " + e.getValue() + ", lower than " + previous);
      }
      previous = e.getValue();
    }
    levels = Collections.unmodifiableNavigableMap(new TreeMap<>(levels));
  }

  public static Thresholds of(int from, WarningLevel level) {
    TreeMap<Integer, WarningLevel> m = new TreeMap<>();
    m.put(from, level);
    return new Thresholds(m);
  }

  public Thresholds and(int from, WarningLevel level) {
    TreeMap<Integer, WarningLevel> m = new TreeMap<>(levels);
    m.put(from, level);
    return new Thresholds(m);
  }

  public Optional<WarningLevel> levelFor(int value) {
    return Optional.ofNullable(levels.floorEntry(value)).map(Map.Entry::getValue);
  }

  /** The lowest count that raises anything. */
  public int lowest() {
    return levels.firstKey();
  }

  @Override
  public String toString() {
    return levels.toString();
  }
}
