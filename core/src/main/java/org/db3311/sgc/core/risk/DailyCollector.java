package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterKind;

/**
 * Collects a day's matters (6.4.1.1): disputes, petitions, stability events, safety hazards, public
 * demands and the other kinds configured, each with its time, place, handling and result as known
 * at the end of the day.
 */
@Implements("6.4.1.1")
final class DailyCollector {

  /** The kinds 6.4.1.1 names, plus emergencies and epidemic matters (“等社会治理事项”). */
  public static final Set<MatterKind> DEFAULT_KINDS = EnumSet.allOf(MatterKind.class);

  private final Set<MatterKind> kinds;
  private final ZoneId zone;

  public DailyCollector(Set<MatterKind> kinds, ZoneId zone) {
    this.kinds = Set.copyOf(EnumSet.copyOf(kinds));
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public DailyCollection collect(LocalDate day, Instant collectedAt, Iterable<MatterFact> facts) {
    Span span = Span.day(day, zone);
    Instant asOf = span.end().minusNanos(1);
    List<CollectedItem> registered = new ArrayList<>();
    List<CollectedItem> resolved = new ArrayList<>();
    for (MatterFact f : facts) {
      if (!kinds.contains(f.kind())) {
        continue;
      }
      if (span.contains(f.registeredAt())) {
        registered.add(CollectedItem.of(f, asOf));
      }
      if (f.closedAt().filter(span::contains).isPresent()) {
        resolved.add(CollectedItem.of(f, asOf));
      }
    }
    Comparator<CollectedItem> order =
        Comparator.comparing(CollectedItem::registeredAt).thenComparing(CollectedItem::matter);
    registered.sort(order);
    resolved.sort(order);
    return new DailyCollection(day, collectedAt, registered, resolved);
  }
}
