package org.db3311.sgc.core.warning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.warning.surge.PoissonSurgeTest;
import org.db3311.sgc.core.warning.surge.SurgeParameters;
import org.db3311.sgc.core.warning.surge.SurgeTestResult;

/**
 * Unusual rises (异常增长) of matters in a category, a place, or a category at a place: the day of
 * {@code asOf} is tested against the rolling baseline of the days before with a Poisson test. The
 * level follows how unlikely the count is: p &lt; α blue, &lt; α/10 yellow, &lt; α/1000 orange.
 */
@Implements({"6.5.1", "6.5.2"})
public record SurgeRule(Grouping grouping, SurgeParameters parameters) implements WarningRule {

  /** What makes a series. */
  public enum Grouping {
    CATEGORY,
    PLACE,
    CATEGORY_AT_PLACE
  }

  public SurgeRule {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(parameters, "parameters");
  }

  public static SurgeRule defaults() {
    return new SurgeRule(Grouping.CATEGORY_AT_PLACE, SurgeParameters.defaults());
  }

  @Override
  public String id() {
    return "surge-" + grouping.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The series key of a fact. */
  public String seriesOf(MatterFact f) {
    return switch (grouping) {
      case CATEGORY -> f.category();
      case PLACE -> f.place().value();
      case CATEGORY_AT_PLACE -> f.category() + "@" + f.place().value();
    };
  }

  @Override
  public List<Signal> evaluate(AnalysisWindow w) {
    LocalDate today = w.today();
    int days = parameters.baselineDays() + 1;
    LocalDate first = today.minusDays(parameters.baselineDays());
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Set<MatterId>> todays = new HashMap<>();
    for (MatterFact f : w.facts()) {
      if (!Facts.knownAt(f, w.asOf())) {
        continue;
      }
      LocalDate day = w.dayOf(f.registeredAt());
      if (day.isBefore(first) || day.isAfter(today)) {
        continue;
      }
      String series = seriesOf(f);
      counts
          .computeIfAbsent(series, s -> new int[days])[(int) ChronoUnit.DAYS.between(first, day)]++;
      if (day.equals(today)) {
        todays.computeIfAbsent(series, s -> new TreeSet<>()).add(f.id());
      }
    }
    PoissonSurgeTest test = new PoissonSurgeTest(parameters);
    List<Signal> out = new ArrayList<>();
    for (Map.Entry<String, Set<MatterId>> e : todays.entrySet()) {
      SurgeTestResult r = test.test(counts.get(e.getKey()));
      if (!r.surge()) {
        continue;
      }
      double a = parameters.alpha();
      WarningLevel level =
          r.pValue() < a / 1000
              ? WarningLevel.ORANGE
              : r.pValue() < a / 10 ? WarningLevel.YELLOW : WarningLevel.BLUE;
      out.add(
          Signal.of(
              new WarningSubject(WarningSubject.Kind.SERIES, id() + ":" + e.getKey()),
              new Reason(
                  id(),
                  "6.5.2",
                  level,
                  String.format(
                      Locale.ROOT,
                      "%d matters of %s on %s against %.2f expected from the %d days before (p = %.2e)",
                      r.observed(),
                      e.getKey(),
                      today,
                      r.expected(),
                      parameters.baselineDays(),
                      r.pValue()),
                  Map.of(
                      "observed", Integer.toString(r.observed()),
                      "expected", String.format(Locale.ROOT, "%.3f", r.expected()),
                      "pValue", String.format(Locale.ROOT, "%.3e", r.pValue()),
                      "alpha", Double.toString(a),
                      "baselineDays", Integer.toString(parameters.baselineDays()))),
              e.getValue()));
    }
    return out;
  }
}
