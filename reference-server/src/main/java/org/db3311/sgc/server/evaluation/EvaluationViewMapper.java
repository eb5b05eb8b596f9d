package org.db3311.sgc.server.evaluation;

import org.db3311.sgc.core.evaluation.Figure;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.PublishedFigure;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.evaluation.Recomputation;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * The evaluation views from the core's figures (MapStruct). A sheet's view is put together in
 * {@link EvaluationView.SheetView}: it orders departments and pages them, which is no field
 * copying.
 */
@Mapper(uses = ViewTypes.class)
interface EvaluationViewMapper {

  EvaluationViewMapper INSTANCE = Mappers.getMapper(EvaluationViewMapper.class);

  EvaluationView.PeriodView view(Period period);

  @Mapping(target = "kind", source = "figure.kind")
  @Mapping(target = "definitionVersion", source = "figure.definitionVersion")
  @Mapping(target = "department", source = "figure.department")
  @Mapping(target = "period", source = "figure.period")
  @Mapping(target = "cutoff", source = "figure.cutoff")
  @Mapping(target = "rate", source = "figure")
  EvaluationView.FigureView view(PublishedFigure published);

  @Mapping(target = "recomputed", source = "recomputed")
  @Mapping(target = "matches", expression = "java(recomputation.matches())")
  EvaluationView.RecomputationView view(Recomputation recomputation);

  /** A figure's rate, with the metric it measures. */
  default EvaluationView.RateView rate(Figure figure) {
    return rate(figure.kind(), figure.rate());
  }

  /** A rate; the percentage (two decimals, half-up) absent when there was nothing to count. */
  default EvaluationView.RateView rate(MetricKind kind, Rate r) {
    return new EvaluationView.RateView(
        kind.name(),
        r.numerator(),
        r.denominator(),
        r.percent(2).map(p -> p.toPlainString()).orElse(null));
  }
}
