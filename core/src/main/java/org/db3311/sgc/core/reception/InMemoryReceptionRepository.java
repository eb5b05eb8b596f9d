package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryVersionedStore;
import org.db3311.sgc.core.common.Version;

/** A {@link ReceptionRepository} held in memory. */
public final class InMemoryReceptionRepository implements ReceptionRepository {

  private final InMemoryVersionedStore<ReceptionRotaSnapshot> rotas =
      new InMemoryVersionedStore<>("ReceptionRota");
  private final InMemoryVersionedStore<ReceptionBookingSnapshot> bookings =
      new InMemoryVersionedStore<>("ReceptionBooking");
  private final InMemoryVersionedStore<LocalDate> bookingDays =
      new InMemoryVersionedStore<>("ReceptionBookingDay");

  @Override
  public void save(ReceptionRota rota) {
    rota.markStored(rotas.save(rota.month().toString(), rota.version(), rota.snapshot()));
  }

  @Override
  public Optional<ReceptionRota> rota(YearMonth month) {
    return rotas
        .find(month.toString())
        .map(s -> ReceptionRota.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public void save(ReceptionBooking booking) {
    booking.markStored(bookings.save(booking.id(), booking.version(), booking.snapshot()));
  }

  @Override
  public Optional<ReceptionBooking> booking(String id) {
    return bookings.find(id).map(s -> ReceptionBooking.fromSnapshot(s.snapshot(), s.version()));
  }

  @Override
  public List<ReceptionBookingSnapshot> bookingsOn(LocalDate date) {
    return bookings.where(b -> b.date().equals(date)).stream()
        .map(InMemoryVersionedStore.Stored::snapshot)
        .toList();
  }

  @Override
  public Version bookingDayVersion(LocalDate date) {
    return bookingDays
        .find(date.toString())
        .map(InMemoryVersionedStore.Stored::version)
        .orElse(Version.NEW);
  }

  @Override
  public void claimBookingDay(LocalDate date, Version read) {
    bookingDays.save(date.toString(), read, date);
  }
}
