package org.db3311.sgc.core.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;

/**
 * What a period's risk report counts (6.4.1.2, 6.4.1.3): of the matters registered in [{@code
 * from}, {@code to}), how many by kind, category, cause (成因), place ({@link
 * MatterFact#placeLabel()}), handling method and local day in {@code zone}; of the matters closed
 * in it, how many by outcome. {@link CaseFactSource#countsBetween} answers it, so that a store can
 * count in its database instead of every fact being read and parsed.
 *
 * <p>Each breakdown of the registrations adds up to {@code registered}, and the outcomes to {@code
 * closed}; a value with no matter is absent rather than zero, so two sources of the same facts give
 * equal counts.
 */
@Implements({"6.4.1.2", "6.4.1.3"})
public record PeriodCounts(
    Instant from,
    Instant to,
    ZoneId zone,
    long registered,
    Map<MatterKind, Long> byKind,
    Map<String, Long> byCategory,
    Map<String, Long> byCause,
    Map<String, Long> byPlace,
    Map<String, Long> byMethod,
    Map<LocalDate, Long> byDay,
    long closed,
    Map<Outcome, Long> byOutcome) {

  public PeriodCounts {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
    }
    byKind = positive("byKind", registered, byKind);
    byCategory = positive("byCategory", registered, byCategory);
    byCause = positive("byCause", registered, byCause);
    byPlace = positive("byPlace", registered, byPlace);
    byMethod = positive("byMethod", registered, byMethod);
    byDay = positive("byDay", registered, byDay);
    byOutcome = positive("byOutcome", closed, byOutcome);
    LocalDate first = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day : byDay.keySet()) {
      if (day.isBefore(first) || day.isAfter(last)) {
        throw new IllegalArgumentException(
            "a count on " + day + " outside the period " + first + " – " + last);
      }
    }
  }

  /** The counts of a period with no matter in it. */
  public static PeriodCounts empty(Instant from, Instant to, ZoneId zone) {
    return new PeriodCounts(
        from, to, zone, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, Map.of());
  }

  /**
   * Counts the facts in one pass: the reference a store's own counting must agree with (the
   * contract tests compare the two).
   */
  public static PeriodCounts tally(
      Iterable<MatterFact> facts, Instant from, Instant to, ZoneId zone) {
    Objects.requireNonNull(facts, "facts");
    Map<MatterKind, Long> byKind = new EnumMap<>(MatterKind.class);
    Map<String, Long> byCategory = new HashMap<>();
    Map<String, Long> byCause = new HashMap<>();
    Map<String, Long> byPlace = new HashMap<>();
    Map<String, Long> byMethod = new HashMap<>();
    Map<LocalDate, Long> byDay = new TreeMap<>();
    Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    long registered = 0;
    long closed = 0;
    for (MatterFact f : facts) {
      if (within(f.registeredAt(), from, to)) {
        registered++;
        byKind.merge(f.kind(), 1L, Long::sum);
        byCategory.merge(f.category(), 1L, Long::sum);
        byCause.merge(f.cause(), 1L, Long::sum);
        byPlace.merge(f.placeLabel(), 1L, Long::sum);
        byMethod.merge(f.handlingMethod(), 1L, Long::sum);
        byDay.merge(f.registeredAt().atZone(zone).toLocalDate(), 1L, Long::sum);
      }
      if (f.closedAt().filter(t -> within(t, from, to)).isPresent()) {
        closed++;
        byOutcome.merge(f.outcome().orElseThrow(), 1L, Long::sum);
      }
    }
    return new PeriodCounts(
        from,
        to,
        zone,
        registered,
        byKind,
        byCategory,
        byCause,
        byPlace,
        byMethod,
        byDay,
        closed,
        byOutcome);
  }

  private static boolean within(Instant t, Instant from, Instant to) {
    return !t.isBefore(from) && t.isBefore(to);
  }

  private static <K> Map<K, Long> positive(String name, long total, Map<K, Long> counts) {
    Objects.requireNonNull(counts, name);
    long sum = 0;
    for (Map.Entry<K, Long> e : counts.entrySet()) {
      Objects.requireNonNull(e.getKey(), name + " key");
      if (e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException(name + ": " + e.getKey() + " counts " + e.getValue());
      }
      sum += e.getValue();
    }
    if (sum != total) {
      throw new IllegalArgumentException(name + " adds up to " + sum + ", not " + total);
    }
    return Map.copyOf(counts);
  }
}
