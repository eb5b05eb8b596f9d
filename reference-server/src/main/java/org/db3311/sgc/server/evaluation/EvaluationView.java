package org.db3311.sgc.server.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.PublishedFigure;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.evaluation.Recomputation;
import org.db3311.sgc.server.http.Page;

/** Evaluation figures (9.2.2, R8) as the API shows them. */
public final class EvaluationView {
  private EvaluationView() {}

  /** An evaluation period [start, end). */
  public record PeriodView(String label, String start, String end) {
    static PeriodView of(Period p) {
      return EvaluationViewMapper.INSTANCE.view(p);
    }
  }

  /**
   * A rate with its two counts; {@code percent} (two decimals, half-up) is null when there was
   * nothing to count, never 0 or 100.
   */
  public record RateView(String kind, long numerator, long denominator, String percent) {
    static RateView of(MetricKind kind, Rate r) {
      return EvaluationViewMapper.INSTANCE.rate(kind, r);
    }
  }

  /** One department's rates. */
  public record DepartmentView(String department, List<RateView> rates) {}

  /**
   * The sheet of a period (按期) or of the month so far (实时, {@code realTime}): every metric overall
   * and per department, with the definition version each metric was computed by.
   */
  public record SheetView(
      String county,
      PeriodView period,
      String cutoff,
      boolean realTime,
      Map<String, Integer> versions,
      List<RateView> overall,
      Page<DepartmentView> departments) {

    static SheetView of(
        String county, EvaluationSheet s, boolean realTime, String page, String size) {
      Map<String, Integer> versions = new TreeMap<>();
      s.versions().forEach((k, v) -> versions.put(k.name(), v));
      List<DepartmentView> departments =
          s.departments().entrySet().stream()
              .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(UnitId::value)))
              .map(
                  e ->
                      new DepartmentView(
                          e.getKey().value(),
                          s.versions().keySet().stream()
                              .map(k -> RateView.of(k, s.rate(e.getKey(), k)))
                              .toList()))
              .toList();
      return new SheetView(
          county,
          PeriodView.of(s.period()),
          s.cutoff().toString(),
          realTime,
          versions,
          s.versions().keySet().stream()
              .map(k -> RateView.of(k, s.overall().getOrDefault(k, Rate.EMPTY)))
              .toList(),
          Page.of(departments, page, size));
    }
  }

  /**
   * A published figure: the metric for a department (or the whole center when {@code department} is
   * null), with the definition's version and wording and the digest of exactly what it counted.
   */
  public record FigureView(
      String id,
      String kind,
      int definitionVersion,
      String definitionText,
      String department,
      PeriodView period,
      String cutoff,
      RateView rate,
      String inputDigest,
      String publishedAt,
      String publishedBy) {
    static FigureView of(PublishedFigure p) {
      return EvaluationViewMapper.INSTANCE.view(p);
    }
  }

  /**
   * A published figure computed again with the version it names over the facts as they are now:
   * {@code matches} when the counts and the counted matters are both the same (R8).
   */
  public record RecomputationView(
      FigureView published, RateView recomputed, String inputDigest, boolean matches) {
    static RecomputationView of(Recomputation r) {
      return EvaluationViewMapper.INSTANCE.view(r);
    }
  }
}
