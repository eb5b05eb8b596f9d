package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

/**
 * One computed figure: a metric for a department (or the whole center when empty) and a period, as
 * known at the cut-off, with the definition version it was computed by.
 */
public record Figure(
    MetricKind kind,
    int definitionVersion,
    Optional<UnitId> department,
    Period period,
    Instant cutoff,
    Rate rate) {
  public Figure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(rate, "rate");
    if (definitionVersion < 1) {
      throw new IllegalArgumentException("a figure names its definition version");
    }
  }
}
