package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.Party;

/** Incoming port: book a reception (预约接访) or invite a visitor (主动约访), and manage bookings. */
@Implements("6.2.1.2")
public interface BookReceptionUseCase {

  /** The booking's id. */
  String book(Book command);

  void manage(Manage command);

  record Book(ReceptionMode mode, LocalDate date, Party visitor, String subject, Actor actor) {
    public Book {
      Objects.requireNonNull(mode, "mode");
      if (mode == ReceptionMode.RANDOM_WALK_IN) {
        throw new IllegalArgumentException("walk-in reception needs no booking");
      }
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(visitor, "visitor");
      if (subject == null || subject.isBlank()) {
        throw new IllegalArgumentException("state the subject");
      }
      Objects.requireNonNull(actor, "actor");
    }
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
