package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.junit.jupiter.api.Test;

/** What every {@link ReceptionRepository} adapter must do. */
public abstract class ReceptionRepositoryContract {

  protected abstract ReceptionRepository newRepository();

  @Test
  void rotas_and_bookings_read_back() {
    ReceptionRepository repo = newRepository();
    YearMonth m = YearMonth.of(2030, 1 + (int) (System.nanoTime() % 12));
    ReceptionRota r =
        ReceptionRota.plan(m, Map.of(m.atDay(2), ReceptionFixtures.A), Actor.SYSTEM, Instant.EPOCH);
    repo.save(r);
    assertThat(repo.rota(m).orElseThrow().snapshot()).isEqualTo(r.snapshot());
    ReceptionBooking b =
        ReceptionBooking.request(
            "RB-" + System.nanoTime(),
            ReceptionMode.APPOINTMENT,
            LocalDate.of(2030, 1, 2),
            "AM",
            ReceptionFixtures.A,
            IntakeFixtures.ZHANG,
            "x",
            Actor.SYSTEM,
            Instant.EPOCH);
    repo.save(b);
    assertThat(repo.booking(b.id()).orElseThrow().snapshot()).isEqualTo(b.snapshot());
    assertThat(repo.bookingsOn(LocalDate.of(2030, 1, 2))).contains(b.snapshot());
    assertThat(repo.bookingsOn(LocalDate.of(2030, 1, 3))).doesNotContain(b.snapshot());
  }

  @Test
  void a_stale_save_fails() {
    ReceptionRepository repo = newRepository();
    YearMonth m = YearMonth.of(2031, 1 + (int) (System.nanoTime() % 12));
    repo.save(ReceptionRota.plan(m, Map.of(), Actor.SYSTEM, Instant.EPOCH));
    ReceptionRota a = repo.rota(m).orElseThrow();
    ReceptionRota b = repo.rota(m).orElseThrow();
    a.assignDay(m.atDay(3), ReceptionFixtures.A, Actor.SYSTEM, Instant.EPOCH);
    repo.save(a);
    b.assignDay(m.atDay(3), ReceptionFixtures.B, Actor.SYSTEM, Instant.EPOCH);
    assertThatThrownBy(() -> repo.save(b)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void a_place_on_a_day_is_claimed_once_per_version() {
    ReceptionRepository repo = newRepository();
    LocalDate day = LocalDate.of(2032, 3, 1 + (int) (System.nanoTime() % 28));
    org.db3311.sgc.core.common.Version read = repo.bookingDayVersion(day);
    repo.claimBookingDay(day, read);
    assertThat(repo.bookingDayVersion(day)).isEqualTo(read.next());
    assertThatThrownBy(() -> repo.claimBookingDay(day, read))
        .isInstanceOf(OptimisticLockException.class);
    assertThat(repo.bookingDayVersion(day.plusDays(1)))
        .isEqualTo(org.db3311.sgc.core.common.Version.NEW);
  }
}
