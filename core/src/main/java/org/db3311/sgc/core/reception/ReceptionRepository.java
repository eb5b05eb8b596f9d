package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;

/** Outgoing port: where rotas and bookings are kept; saves honour the version. */
public interface ReceptionRepository {

  void save(ReceptionRota rota);

  Optional<ReceptionRota> rota(YearMonth month);

  void save(ReceptionBooking booking);

  Optional<ReceptionBooking> booking(String id);

  /** Every booking made for a day, whatever its state. */
  List<ReceptionBookingSnapshot> bookingsOn(LocalDate date);

  /**
   * The version of a day's bookings: it moves on each time a place on that day is taken, and is
   * {@link Version#NEW} before the first. Read it before the day's bookings to claim a place.
   */
  Version bookingDayVersion(LocalDate date);

  /**
   * Takes the next version of a day's bookings, read at {@code read}: of two instances that both
   * found a place free, only the first gets it, whichever server each runs on (the product's
   * capacity of an appointment slot, 预约接访 being one of the modes 6.2.1.2 names).
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when another booking of the day got
   *     in since {@code read}
   */
  void claimBookingDay(LocalDate date, Version read);
}
