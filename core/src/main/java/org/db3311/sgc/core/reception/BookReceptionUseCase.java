package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.Party;

/** Incoming port: book a reception (预约接访) or invite a visitor (主动约访), and manage bookings. */
@Implements("6.2.1.2")
public interface BookReceptionUseCase {

  /** Books a place, or says why not (as a value: a full slot, a duplicate, no receiving leader). */
  BookingOutcome book(Book command);

  void manage(Manage command);

  /**
   * @param slot the slot of the day asked for (see {@link ReceptionSchedule}); empty for the first
   *     one with a free place
   */
  record Book(
      ReceptionMode mode,
      LocalDate date,
      Optional<String> slot,
      Party visitor,
      String subject,
      Actor actor) {
    public Book {
      Objects.requireNonNull(mode, "mode");
      if (mode == ReceptionMode.RANDOM_WALK_IN) {
        throw new IllegalArgumentException("walk-in reception needs no booking");
      }
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(slot, "slot");
      Objects.requireNonNull(visitor, "visitor");
      if (subject == null || subject.isBlank()) {
        throw new IllegalArgumentException("state the subject");
      }
      Objects.requireNonNull(actor, "actor");
    }

    /** A booking in the first slot of the day with a free place. */
    public Book(ReceptionMode mode, LocalDate date, Party visitor, String subject, Actor actor) {
      this(mode, date, Optional.empty(), visitor, subject, actor);
    }
  }

  /** What came of a booking request. */
  sealed interface BookingOutcome {

    /** Booked in a slot. */
    record Booked(String id, String slot) implements BookingOutcome {}

    /** The slot already holds as many bookings as it takes that day. */
    record SlotFull(LocalDate date, String slot, int capacity) implements BookingOutcome {}

    /** The visitor already holds a booking that day. */
    record AlreadyBooked(String existing, LocalDate date) implements BookingOutcome {}

    /** No published receiving leader that day, a day not later than today, or no such slot. */
    record NotBookable(String reason) implements BookingOutcome {}
  }

  record Manage(String bookingId, Change change, Actor actor) {
    public Manage {
      Objects.requireNonNull(bookingId, "bookingId");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** What happens to a booking. */
  sealed interface Change {
    record Confirm() implements Change {}

    record Cancel(String reason) implements Change {}

    record NoShow() implements Change {}
  }
}
