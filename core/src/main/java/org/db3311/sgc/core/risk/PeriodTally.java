package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.db3311.sgc.core.facts.CaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.PeriodCounts;

/**
 * Counts of the matters registered in a span by kind, category, cause and place (township or
 * street, as intake recorded it), of those closed in it by outcome, and per day: what the weekly
 * and monthly reports are made of. Filled in one pass.
 */
final class PeriodTally {

  final Span span;
  // the span's bounds, converted once: add() runs for every fact of the read model
  private final Instant start;
  private final Instant end;
  long registered;
  long closed;
  final Map<MatterKind, Long> byKind = new EnumMap<>(MatterKind.class);
  final Map<String, Long> byCategory = new HashMap<>();
  final Map<String, Long> byCause = new HashMap<>();
  final Map<String, Long> byPlace = new HashMap<>();
  final Map<String, Long> byMethod = new HashMap<>();
  final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
  final long[] perDay;

  PeriodTally(Span span) {
    this.span = span;
    this.start = span.start();
    this.end = span.end();
    this.perDay = new long[span.days()];
  }

  /**
   * The tally of counts a store made for the span (the database's {@code GROUP BY}s instead of this
   * class's pass over every fact).
   */
  PeriodTally(Span span, PeriodCounts counts) {
    this(span);
    registered = counts.registered();
    closed = counts.closed();
    byKind.putAll(counts.byKind());
    byCategory.putAll(counts.byCategory());
    byCause.putAll(counts.byCause());
    byPlace.putAll(counts.byPlace());
    byMethod.putAll(counts.byMethod());
    byOutcome.putAll(counts.byOutcome());
    counts
        .byDay()
        .forEach(
            (day, n) -> {
              int i = (int) java.time.temporal.ChronoUnit.DAYS.between(span.firstDay(), day);
              if (i >= 0 && i < perDay.length) {
                perDay[i] += n;
              }
            });
  }

  /**
   * The counts of the span as the source knows them at {@code asOf}: nothing registered or closed
   * after that instant is counted (a span that has not ended is counted up to now).
   */
  static PeriodTally counted(Span span, CaseFactSource facts, Instant asOf) {
    Instant to = span.end().isAfter(asOf) ? asOf.plusNanos(1) : span.end();
    if (!to.isAfter(span.start())) {
      return new PeriodTally(span);
    }
    return new PeriodTally(span, facts.countsBetween(span.start(), to, span.zone()));
  }

  /** Adds the fact to whichever of the tallies' spans it falls in. */
  static void add(MatterFact f, PeriodTally... tallies) {
    for (PeriodTally t : tallies) {
      t.add(f);
    }
  }

  private boolean within(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  void add(MatterFact f) {
    if (within(f.registeredAt())) {
      registered++;
      byKind.merge(f.kind(), 1L, Long::sum);
      byCategory.merge(f.category(), 1L, Long::sum);
      byCause.merge(f.cause(), 1L, Long::sum);
      byPlace.merge(f.placeLabel(), 1L, Long::sum);
      byMethod.merge(f.handlingMethod(), 1L, Long::sum);
      int day =
          (int)
              java.time.temporal.ChronoUnit.DAYS.between(
                  span.firstDay(), f.registeredAt().atZone(span.zone()).toLocalDate());
      perDay[day]++;
    }
    if (f.closedAt().isPresent() && within(f.closedAt().get())) {
      closed++;
      byOutcome.merge(f.outcome().orElseThrow(), 1L, Long::sum);
    }
  }
}
