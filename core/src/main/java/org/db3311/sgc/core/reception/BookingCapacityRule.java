package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.Party;

/**
 * A reception slot takes no more bookings than its capacity, and a visitor holds at most one
 * booking per reception day (the day has one receiving leader, so a second booking is the same
 * visit twice). Cancelled bookings and no-shows free their place.
 */
@Implements("6.2.1.2")
final class BookingCapacityRule {

  /**
   * Where a new booking for the visitor goes, or why it cannot be made.
   *
   * @param slot the slot asked for; empty for the first slot of the day with a free place
   * @param sameDay the bookings already made for that day
   */
  public Result check(
      LocalDate date,
      Optional<String> slot,
      Party visitor,
      List<ReceptionBookingSnapshot> sameDay,
      ReceptionSchedule schedule) {
    List<ReceptionBookingSnapshot> active =
        sameDay.stream().filter(b -> b.state().holdsAPlace()).toList();
    for (ReceptionBookingSnapshot b : active) {
      if (samePerson(b.visitor(), visitor)) {
        return new Result.Refused(
            new BookReceptionUseCase.BookingOutcome.AlreadyBooked(b.id(), date));
      }
    }
    if (slot.isPresent()) {
      if (schedule.slot(slot.get()).isEmpty()) {
        return new Result.Refused(
            new BookReceptionUseCase.BookingOutcome.NotBookable(
                "no reception slot " + slot.get() + "; slots are " + schedule.codes()));
      }
      return free(slot.get(), date, active, schedule);
    }
    Result last = null;
    for (String code : schedule.codes()) {
      last = free(code, date, active, schedule);
      if (last instanceof Result.Fits) {
        return last;
      }
    }
    return last;
  }

  private static Result free(
      String code, LocalDate date, List<ReceptionBookingSnapshot> active, ReceptionSchedule s) {
    int capacity = s.capacity(date, code);
    long taken = active.stream().filter(b -> b.slot().equals(code)).count();
    return taken < capacity
        ? new Result.Fits(code)
        : new Result.Refused(
            new BookReceptionUseCase.BookingOutcome.SlotFull(date, code, capacity));
  }

  /** The rule's finding: the slot the booking fits in, or the rejection to return. */
  public sealed interface Result {
    record Fits(String slot) implements Result {}

    record Refused(BookReceptionUseCase.BookingOutcome rejection) implements Result {}
  }

  /**
   * The same person: the same identity (ID number, credit code) where known, else the same name.
   */
  static boolean samePerson(Party a, Party b) {
    if (a.identityKey().isPresent() && b.identityKey().isPresent()) {
      return a.identityKey().get().equals(b.identityKey().get());
    }
    return a.name().equals(b.name());
  }
}
