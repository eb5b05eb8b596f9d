package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where rotas and bookings are kept; saves honour the version. */
public interface ReceptionRepository {

  void save(ReceptionRota rota);

  Optional<ReceptionRota> rota(YearMonth month);

  void save(ReceptionBooking booking);

  Optional<ReceptionBooking> booking(String id);

  /** Every booking made for a day, whatever its state. */
  List<ReceptionBookingSnapshot> bookingsOn(LocalDate date);
}
