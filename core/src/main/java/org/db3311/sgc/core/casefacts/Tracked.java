package org.db3311.sgc.core.casefacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * The latest snapshot of one casework aggregate as its events told it, with the version it was
 * stored at and the events already applied at that version. Several events may share a version
 * (they were raised before one save); the later of them carries the snapshot, and one applied
 * already is recognised by its audit entry when it is delivered again.
 *
 * @param at when the latest applied event happened
 */
public record Tracked<S>(Version version, Instant at, S snapshot, List<AuditEntry> seen) {

  public Tracked {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(snapshot, "snapshot");
    seen = List.copyOf(seen);
  }

  /**
   * The slot after the event: a newer version replaces it, a new event of the same version advances
   * it, a stale or repeated event changes nothing (empty).
   */
  static <S> Optional<Tracked<S>> next(Optional<Tracked<S>> current, DomainEvent e, S snapshot) {
    AuditEntry entry = AuditEntry.of(e);
    if (current.isEmpty() || e.version().compareTo(current.get().version()) > 0) {
      return Optional.of(new Tracked<>(e.version(), e.occurredAt(), snapshot, List.of(entry)));
    }
    Tracked<S> c = current.get();
    if (e.version().equals(c.version()) && !c.seen().contains(entry)) {
      List<AuditEntry> seen = new ArrayList<>(c.seen());
      seen.add(entry);
      return Optional.of(new Tracked<>(c.version(), e.occurredAt(), snapshot, seen));
    }
    return Optional.empty();
  }
}
