package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Computes figures from matter facts by the definitions given, in one pass however many metrics and
 * departments there are (8.2.5: statistics over historical data per period or in real time).
 */
@Implements({"R8", "8.2.5", "9.2.2"})
final class MetricCalculator {

  /** One figure for one department, or for the whole center when {@code department} is empty. */
  public Figure figure(
      MetricDefinition definition,
      Optional<UnitId> department,
      Period period,
      Instant cutoff,
      Iterable<MatterFact> facts) {
    long[] counts = new long[2];
    MetricDefinition.Tally tally =
        (unit, item, numerator) -> {
          if (department.isEmpty() || department.equals(unit)) {
            counts[1]++;
            if (numerator) {
              counts[0]++;
            }
          }
        };
    for (MatterFact f : facts) {
      definition.count(f, period, cutoff, tally);
    }
    return new Figure(
        definition.kind(),
        definition.version(),
        department,
        period,
        cutoff,
        new Rate(counts[0], counts[1]));
  }

  /** Every metric of {@code definitions} for every department and overall. */
  public EvaluationSheet sheet(
      Collection<MetricDefinition> definitions,
      Period period,
      Instant cutoff,
      Iterable<MatterFact> facts) {
    MetricDefinition[] defs = definitions.toArray(MetricDefinition[]::new);
    int n = defs.length;
    Map<UnitId, long[]> byUnit = new HashMap<>();
    long[] overall = new long[2 * n];
    MetricDefinition.Tally[] tallies = new MetricDefinition.Tally[n];
    for (int i = 0; i < n; i++) {
      int num = 2 * i;
      tallies[i] =
          (unit, item, numerator) -> {
            int both = numerator ? 1 : 0;
            overall[num] += both;
            overall[num + 1]++;
            if (unit.isPresent()) {
              long[] unitCounts = byUnit.computeIfAbsent(unit.get(), u -> new long[2 * n]);
              unitCounts[num] += both;
              unitCounts[num + 1]++;
            }
          };
    }
    for (MatterFact f : facts) {
      for (int i = 0; i < n; i++) {
        defs[i].count(f, period, cutoff, tallies[i]);
      }
    }
    Map<MetricKind, Integer> versions = new EnumMap<>(MetricKind.class);
    Map<MetricKind, Rate> total = new EnumMap<>(MetricKind.class);
    for (int i = 0; i < n; i++) {
      if (versions.put(defs[i].kind(), defs[i].version()) != null) {
        throw new IllegalArgumentException(
            "one definition per metric, not two for " + defs[i].kind());
      }
      total.put(defs[i].kind(), new Rate(overall[2 * i], overall[2 * i + 1]));
    }
    List<UnitId> units = new ArrayList<>(byUnit.keySet());
    units.sort(Comparator.comparing(UnitId::value));
    Map<UnitId, Map<MetricKind, Rate>> departments = new LinkedHashMap<>();
    for (UnitId u : units) {
      long[] c = byUnit.get(u);
      Map<MetricKind, Rate> rates = new EnumMap<>(MetricKind.class);
      for (int i = 0; i < n; i++) {
        rates.put(defs[i].kind(), new Rate(c[2 * i], c[2 * i + 1]));
      }
      departments.put(u, rates);
    }
    return new EvaluationSheet(period, cutoff, versions, departments, total);
  }
}
