package org.db3311.sgc.core.facts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

/**
 * One assignment (交办) of a matter to a unit: when, the sign-for deadline it carried, and when the
 * unit signed for it, if it did before the matter moved on. A matter passed from unit to unit has
 * one per hand-over; each counts against the unit it went to (ruling R8).
 */
public record Assignment(
    UnitId unit, Instant assignedAt, Instant responseDueAt, Optional<Instant> signedForAt) {
  public Assignment {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(assignedAt, "assignedAt");
    Objects.requireNonNull(responseDueAt, "responseDueAt");
    Objects.requireNonNull(signedForAt, "signedForAt");
    if (signedForAt.isPresent() && signedForAt.get().isBefore(assignedAt)) {
      throw new IllegalArgumentException(unit + " signed for before it was assigned");
    }
  }
}
