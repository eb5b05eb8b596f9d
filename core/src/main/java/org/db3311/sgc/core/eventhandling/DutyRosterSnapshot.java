package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A month's duty roster as an immutable value.
 *
 * @param shifts the shifts in order of their start
 * @param fallback the leader an escalated event goes to when no shift covers the moment
 */
public record DutyRosterSnapshot(
    DutyRosterId id,
    List<DutyShift> shifts,
    DutyLeader fallback,
    DutyRosterState state,
    Optional<Instant> publishedAt) {

  public DutyRosterSnapshot {
    Objects.requireNonNull(id, "id");
    shifts = shifts.stream().sorted(Comparator.comparing(DutyShift::start)).toList();
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
