package org.db3311.sgc.core.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

/**
 * Incoming port: evaluation figures (9.2, R8) — the sheet of a period or in real time, a figure
 * published with the definition it used, and a published figure recomputed; {@link
 * EvaluationService} implements it.
 */
public interface EvaluationUseCases {

  EvaluationSheet sheet(Period period);

  EvaluationSheet realTime();

  /** Publishes a figure computed with the definition in force on the period's first day. */
  PublishedFigure publish(Publish command);

  Recomputation recompute(PublishedFigure figure);

  /**
   * @param department empty for the center as a whole
   */
  record Publish(MetricKind kind, Optional<UnitId> department, Period period, Actor by) {
    public Publish {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(by, "by");
    }
  }
}
