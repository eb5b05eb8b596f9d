package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.reception.ReceptionBooking;
import org.db3311.sgc.core.reception.ReceptionBookingSnapshot;
import org.db3311.sgc.core.reception.ReceptionRepository;
import org.db3311.sgc.core.reception.ReceptionRota;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;

/**
 * Reception rotas ({@code reception_rota}, one row per month), bookings ({@code reception_booking})
 * and the version of each day's bookings ({@code reception_booking_day}), in the caller's unit of
 * work. Saving a rota or a booking locks the row and checks the version, as {@link
 * JpaMatterRepository} does. A day's bookings are listed from the index {@code
 * reception_booking_on_day (booking_date, booking_id)}.
 *
 * <p>Claiming a place on a day is decided by the database, so it holds across servers: the first
 * claim of a day inserts the day's row, which its primary key lets only one transaction do; every
 * later claim is an update conditional on the version read, which of two transactions only the
 * first changes (the second waits for the first's row lock, then finds the version moved on).
 */
public final class JpaReceptionRepository implements ReceptionRepository {

  static final String BOOKINGS_ON =
      "select b from ReceptionBookingEntity b where b.date = :day order by b.id";

  static final String DAY_VERSION =
      "select version from reception_booking_day where booking_day = ?1";

  static final String FIRST_CLAIM =
      "insert into reception_booking_day (booking_day, version) values (?1, ?2)";

  static final String NEXT_CLAIM =
      "update reception_booking_day set version = ?1 where booking_day = ?2 and version = ?3";

  private static final String DAY = "ReceptionBookingDay";

  private final JpaUnitOfWork unitOfWork;

  public JpaReceptionRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void save(ReceptionRota rota) {
    ReceptionRotaSnapshot snapshot = rota.snapshot();
    Version read = rota.version();
    Version next = read.next();
    ReceptionRotaEntity row = EventReceptionMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    unitOfWork.with(
        em -> {
          ReceptionRotaEntity stored =
              em.find(ReceptionRotaEntity.class, row.month, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("ReceptionRota", row.month, read, storedVersion);
          }
          write(em, row, stored == null, "ReceptionRota", row.month, read);
          return null;
        });
    rota.markStored(next);
  }

  @Override
  public Optional<ReceptionRota> rota(YearMonth month) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(
                    em.find(ReceptionRotaEntity.class, EventReceptionMapper.INSTANCE.month(month)))
                .map(
                    row ->
                        ReceptionRota.fromSnapshot(
                            SnapshotCodec.read(row.document, ReceptionRotaSnapshot.class),
                            new Version(row.version))));
  }

  @Override
  public void save(ReceptionBooking booking) {
    ReceptionBookingSnapshot snapshot = booking.snapshot();
    Version read = booking.version();
    Version next = read.next();
    ReceptionBookingEntity row = EventReceptionMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    unitOfWork.with(
        em -> {
          ReceptionBookingEntity stored =
              em.find(ReceptionBookingEntity.class, row.id, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("ReceptionBooking", row.id, read, storedVersion);
          }
          write(em, row, stored == null, "ReceptionBooking", row.id, read);
          return null;
        });
    booking.markStored(next);
  }

  private static void write(
      EntityManager em, Object row, boolean isNew, String type, String id, Version read) {
    try {
      if (isNew) {
        em.persist(row);
      } else {
        em.merge(row);
      }
      em.flush();
    } catch (PersistenceException e) {
      if (Rows.isUniqueViolation(e)) {
        // another transaction stored a new row under the same key meanwhile
        throw new OptimisticLockException(type, id, read, read.next());
      }
      throw e;
    }
  }

  @Override
  public Optional<ReceptionBooking> booking(String id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(ReceptionBookingEntity.class, id))
                .map(
                    row ->
                        ReceptionBooking.fromSnapshot(
                            SnapshotCodec.read(row.document, ReceptionBookingSnapshot.class),
                            new Version(row.version))));
  }

  @Override
  public List<ReceptionBookingSnapshot> bookingsOn(LocalDate date) {
    return unitOfWork.with(
        em ->
            em
                .createQuery(BOOKINGS_ON, ReceptionBookingEntity.class)
                .setParameter("day", date)
                .getResultList()
                .stream()
                .map(row -> SnapshotCodec.read(row.document, ReceptionBookingSnapshot.class))
                .toList());
  }

  @Override
  public Version bookingDayVersion(LocalDate date) {
    return unitOfWork.with(em -> dayVersion(em, date));
  }

  private static Version dayVersion(EntityManager em, LocalDate date) {
    List<?> rows =
        em.createNativeQuery(DAY_VERSION).setParameter(1, Date.valueOf(date)).getResultList();
    return rows.isEmpty() ? Version.NEW : new Version(((Number) rows.get(0)).longValue());
  }

  @Override
  public void claimBookingDay(LocalDate date, Version read) {
    Objects.requireNonNull(read, "read");
    Version next = read.next();
    unitOfWork.with(
        em -> {
          if (read.isNew()) {
            try {
              em.createNativeQuery(FIRST_CLAIM)
                  .setParameter(1, Date.valueOf(date))
                  .setParameter(2, next.value())
                  .executeUpdate();
            } catch (PersistenceException e) {
              if (Rows.isUniqueViolation(e)) {
                // the day's first place went to another transaction; on PostgreSQL this one is
                // aborted by the refused insert, so the stored version is not read back
                throw new OptimisticLockException(DAY, date.toString(), read, next);
              }
              throw e;
            }
          } else {
            int changed =
                em.createNativeQuery(NEXT_CLAIM)
                    .setParameter(1, next.value())
                    .setParameter(2, Date.valueOf(date))
                    .setParameter(3, read.value())
                    .executeUpdate();
            if (changed == 0) {
              throw new OptimisticLockException(DAY, date.toString(), read, dayVersion(em, date));
            }
          }
          return null;
        });
  }
}
