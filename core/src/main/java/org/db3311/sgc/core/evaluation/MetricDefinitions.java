package org.db3311.sgc.core.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.SurveyAnswer;

/**
 * The versioned register of metric definitions (统一考核规则): append-only, one line of versions per
 * metric. Improving the evaluation (9.3.2) adds a version with its rationale; earlier versions
 * stay, so every published figure can be recomputed with the version it names.
 */
@Implements({"R8", "8.2.5", "9.3.2"})
public final class MetricDefinitions {

  /** The day DB3311/T 238—2023 came into force: when the R8 defaults apply from. */
  public static final LocalDate IN_FORCE = LocalDate.of(2023, 3, 8);

  /**
   * The first day of the first month counted as ruling R8 words it: every assignment against the
   * unit it went to, every survey answer (version 2 of the response and satisfaction rates).
   */
  public static final LocalDate R8_CORRECTED = LocalDate.of(2026, 12, 1);

  private final Map<MetricKind, List<MetricDefinition>> byKind = new EnumMap<>(MetricKind.class);

  /**
   * The defaults of ruling R8: version 1 of each metric from {@link #IN_FORCE}; version 2 of the
   * response and satisfaction rates from {@link #R8_CORRECTED}, because version 1 counted only a
   * matter's current assignment and latest answer. Version 1 stays, so that a figure published with
   * it recomputes as published.
   */
  public static MetricDefinitions r8Defaults() {
    MetricDefinitions d = new MetricDefinitions();
    String r8 = "ruling R8 default";
    d.register(new ResponseRateDefinition(1, IN_FORCE, Duration.ZERO, r8));
    d.register(new HandlingRateDefinition(1, IN_FORCE, false, false, r8));
    d.register(new HandlingRateDefinition(1, IN_FORCE, true, false, r8));
    d.register(
        new SatisfactionRateDefinition(
            1, IN_FORCE, EnumSet.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED), r8));
    d.register(
        new ResponseRateDefinition(
            2,
            R8_CORRECTED,
            Duration.ZERO,
            true,
            "ruling R8: every assignment counts against the unit it went to (v1 counted only a"
                + " matter's current assignment)"));
    d.register(
        new SatisfactionRateDefinition(
            2,
            R8_CORRECTED,
            EnumSet.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED),
            true,
            "ruling R8: per survey answered (v1 counted one answer per matter, its latest)"));
    return d;
  }

  /**
   * Adds the next version of a metric.
   *
   * @throws IllegalArgumentException unless it is exactly the next version and takes effect after
   *     the previous one
   */
  public synchronized void register(MetricDefinition definition) {
    List<MetricDefinition> line = byKind.computeIfAbsent(definition.kind(), k -> new ArrayList<>());
    int expected = line.size() + 1;
    if (definition.version() != expected) {
      throw new IllegalArgumentException(
          definition.kind()
              + ": the next version is "
              + expected
              + ", not "
              + definition.version()
              + " (published versions never change)");
    }
    if (!line.isEmpty()
        && !definition.effectiveFrom().isAfter(line.get(line.size() - 1).effectiveFrom())) {
      throw new IllegalArgumentException(
          definition.kind() + " v" + expected + " must take effect after v" + (expected - 1));
    }
    line.add(definition);
  }

  public synchronized Optional<MetricDefinition> get(MetricKind kind, int version) {
    List<MetricDefinition> line = byKind.getOrDefault(kind, List.of());
    return version >= 1 && version <= line.size()
        ? Optional.of(line.get(version - 1))
        : Optional.empty();
  }

  /**
   * The version in effect on a day.
   *
   * @throws IllegalStateException when the metric has no version in effect on that day
   */
  public synchronized MetricDefinition effectiveOn(MetricKind kind, LocalDate day) {
    MetricDefinition found = null;
    for (MetricDefinition d : byKind.getOrDefault(kind, List.of())) {
      if (!d.effectiveFrom().isAfter(day)) {
        found = d;
      }
    }
    if (found == null) {
      throw new IllegalStateException(kind + " has no definition in effect on " + day);
    }
    return found;
  }

  /** One definition per registered metric, as in effect on the day. */
  public synchronized List<MetricDefinition> allEffectiveOn(LocalDate day) {
    List<MetricDefinition> out = new ArrayList<>();
    for (MetricKind k : byKind.keySet()) {
      out.add(effectiveOn(k, day));
    }
    return out;
  }

  public synchronized List<MetricDefinition> history(MetricKind kind) {
    return Collections.unmodifiableList(new ArrayList<>(byKind.getOrDefault(kind, List.of())));
  }
}
