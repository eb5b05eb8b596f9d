package org.db3311.sgc.core.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Use cases of the unified assessment (统一考核, 8.2.5): the evaluation sheet of a period or of the
 * month so far, publishing a figure with its definition version, and recomputing a published figure
 * as it was published.
 */
@Implements({"8.2.5", "9.2.2", "R8"})
public final class EvaluationService implements EvaluationUseCases {

  private final CaseFactSource facts;
  private final MetricDefinitions definitions;
  private final PublishedFigureStore published;
  private final Clock clock;
  private final MetricCalculator calculator = new MetricCalculator();

  public EvaluationService(
      CaseFactSource facts,
      MetricDefinitions definitions,
      PublishedFigureStore published,
      Clock clock) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.published = Objects.requireNonNull(published, "published");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** 按期: the sheet of a period, by the definitions in effect on its first day. */
  public EvaluationSheet sheet(Period period) {
    Instant cutoff = min(period.end(), clock.instant());
    LocalDate first = LocalDate.ofInstant(period.start(), clock.getZone());
    return calculator.sheet(
        definitions.allEffectiveOn(first), period, cutoff, facts.all()::iterator);
  }

  /** 实时: the current month up to this instant. */
  public EvaluationSheet realTime() {
    return sheet(Period.month(YearMonth.now(clock), clock.getZone()));
  }

  /**
   * Publishes one figure computed with the version in effect on the period's first day, as known
   * now (or at the period's end if that has passed).
   */
  public PublishedFigure publish(
      MetricKind kind, Optional<UnitId> department, Period period, Actor by) {
    LocalDate first = LocalDate.ofInstant(period.start(), clock.getZone());
    return publish(definitions.effectiveOn(kind, first), department, period, by);
  }

  /**
   * Publishes a figure with an explicit definition version (e.g. to show a new version's effect).
   */
  public PublishedFigure publish(
      MetricDefinition definition, Optional<UnitId> department, Period period, Actor by) {
    if (definitions
        .get(definition.kind(), definition.version())
        .filter(definition::equals)
        .isEmpty()) {
      throw new IllegalArgumentException(
          definition.kind() + " v" + definition.version() + " is not a registered definition");
    }
    Instant now = clock.instant();
    Instant cutoff = min(period.end(), now);
    Computed c = compute(definition, department, period, cutoff);
    String id =
        definition.kind()
            + "/"
            + department.map(UnitId::value).orElse("center")
            + "/"
            + period.label()
            + "/v"
            + definition.version()
            + "/"
            + now.toEpochMilli();
    PublishedFigure figure =
        new PublishedFigure(id, c.figure(), definition.text(), c.digest(), now, by);
    published.add(figure);
    return figure;
  }

  /** Recomputes a published figure with the definition version it names. */
  public Recomputation recompute(PublishedFigure figure) {
    Figure f = figure.figure();
    MetricDefinition definition =
        definitions
            .get(f.kind(), f.definitionVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        f.kind() + " v" + f.definitionVersion() + " is missing from the register"));
    Computed c = compute(definition, f.department(), f.period(), f.cutoff());
    return new Recomputation(figure, c.figure(), c.digest());
  }

  private record Computed(Figure figure, String digest) {}

  private Computed compute(
      MetricDefinition definition, Optional<UnitId> department, Period period, Instant cutoff) {
    List<String> lines = new ArrayList<>();
    long[] num = new long[1];
    MetricDefinition.Tally tally =
        (unit, item, numerator) -> {
          if (department.isEmpty() || department.equals(unit)) {
            if (numerator) {
              num[0]++;
            }
            lines.add(item + (numerator ? ":N" : ":D"));
          }
        };
    for (MatterFact fact : (Iterable<MatterFact>) facts.all()::iterator) {
      definition.count(fact, period, cutoff, tally);
    }
    lines.sort(null);
    MessageDigest md = sha256();
    for (String l : lines) {
      md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Figure figure =
        new Figure(
            definition.kind(),
            definition.version(),
            department,
            period,
            cutoff,
            new Rate(num[0], lines.size()));
    return new Computed(figure, HexFormat.of().formatHex(md.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public List<PublishedFigure> published() {
    return published.all().stream()
        .sorted(
            java.util.Comparator.comparing(PublishedFigure::publishedAt)
                .thenComparing(PublishedFigure::id))
        .toList();
  }

  @Override
  public PublishedFigure published(String id) {
    return published.find(id).orElseThrow(() -> new PublishedFigureNotFoundException(id));
  }

  @Override
  public PublishedFigure publish(Publish command) {
    return publish(command.kind(), command.department(), command.period(), command.by());
  }
}
