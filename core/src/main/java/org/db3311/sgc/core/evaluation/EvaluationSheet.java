package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;

/**
 * Every metric for every department and for the whole center over one period: the table of the
 * unified assessment (统一考核), with the definition version of each metric.
 *
 * @param departments rates per department, departments in id order
 */
public record EvaluationSheet(
    Period period,
    Instant cutoff,
    Map<MetricKind, Integer> versions,
    Map<UnitId, Map<MetricKind, Rate>> departments,
    Map<MetricKind, Rate> overall) {

  public EvaluationSheet {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(cutoff, "cutoff");
    versions = Collections.unmodifiableMap(enumMap(versions));
    Map<UnitId, Map<MetricKind, Rate>> copy = new LinkedHashMap<>();
    departments.forEach((u, m) -> copy.put(u, Collections.unmodifiableMap(enumMap(m))));
    departments = Collections.unmodifiableMap(copy);
    overall = Collections.unmodifiableMap(enumMap(overall));
  }

  private static <V> Map<MetricKind, V> enumMap(Map<MetricKind, V> m) {
    Map<MetricKind, V> copy = new EnumMap<>(MetricKind.class);
    copy.putAll(m);
    return copy;
  }

  /** A department's rate, {@link Rate#EMPTY} when it had nothing to count. */
  public Rate rate(UnitId department, MetricKind kind) {
    return departments.getOrDefault(department, Map.of()).getOrDefault(kind, Rate.EMPTY);
  }
}
