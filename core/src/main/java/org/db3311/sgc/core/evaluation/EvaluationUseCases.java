package org.db3311.sgc.core.evaluation;

import java.util.List;
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

  /** Every figure published, oldest first: the public record R8 recomputes against. */
  List<PublishedFigure> published();

  /**
   * A figure as published.
   *
   * @throws PublishedFigureNotFoundException when none was published under the id
   */
  PublishedFigure published(String id);

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
