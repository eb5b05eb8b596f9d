package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** A reception booking as an immutable value. */
public record ReceptionBookingSnapshot(
    String id,
    ReceptionMode mode,
    LocalDate date,
    String slot,
    CountyLeader leader,
    Party visitor,
    String subject,
    BookingState state,
    Optional<RegistrationNumber> matter) {

  public ReceptionBookingSnapshot {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a booking has an id");
    }
    Objects.requireNonNull(mode, "mode");
    if (mode == ReceptionMode.RANDOM_WALK_IN) {
      throw new IllegalArgumentException("walk-in reception needs no booking");
    }
    Objects.requireNonNull(date, "date");
    if (slot == null || slot.isBlank()) {
      throw new IllegalArgumentException("a booking is for a slot of the day");
    }
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(visitor, "visitor");
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a booking states its subject");
    }
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(matter, "matter");
    if (state == BookingState.RECEIVED && matter.isEmpty()) {
      throw new IllegalArgumentException("a received booking names the registered matter");
    }
  }
}
