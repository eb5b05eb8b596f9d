package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.reception.ReceptionFixtures.NOV;
import static org.db3311.sgc.core.reception.ReceptionFixtures.OFFICE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.reception.BookReceptionUseCase.BookingOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.2.1.2")
@DisplayName(
    "6.2.1.2 预约接访: a receiving leader is booked no more than a slot holds, a visitor once a day")
class ReceptionCapacityTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
  private static final ReceptionSchedule TWO_AND_ONE =
      new ReceptionSchedule(
          List.of(
              new ReceptionSchedule.Slot("AM", LocalTime.of(9, 0), LocalTime.of(11, 30), 2),
              new ReceptionSchedule.Slot("PM", LocalTime.of(14, 30), LocalTime.of(17, 0), 1)),
          Map.of());

  private final ReceptionFixtures f = new ReceptionFixtures();

  private ReceptionService service(ReceptionSchedule schedule) {
    ReceptionService s =
        new ReceptionService(
            f.repository,
            f.in.intake,
            new HolidayTableCalendar(),
            f.in.sequences,
            schedule,
            f.in.events,
            f.in.audit,
            f.in.clock);
    s.plan(
        new PlanRotaUseCase.Plan(
            NOV, List.of(ReceptionFixtures.A, ReceptionFixtures.B), ReceptionFixtures.OFFICE));
    s.publish(new PublishRotaUseCase.Command(NOV, OFFICE));
    return s;
  }

  private static Party visitor(int i) {
    return Party.Citizen.of("来访人" + i, null, "1390578" + String.format("%04d", i));
  }

  private static BookReceptionUseCase.Book book(Party who, Optional<String> slot) {
    return new BookReceptionUseCase.Book(ReceptionMode.APPOINTMENT, DAY, slot, who, "征地补偿", OFFICE);
  }

  @Test
  @DisplayName("a slot takes as many bookings as its capacity; the next is refused as a value")
  void a_full_slot_refuses() {
    ReceptionService s = service(TWO_AND_ONE);
    assertThat(s.book(book(visitor(1), Optional.of("AM"))))
        .isEqualTo(new BookingOutcome.Booked("RB-2026-1", "AM"));
    assertThat(s.book(book(visitor(2), Optional.of("AM"))))
        .isInstanceOf(BookingOutcome.Booked.class);
    assertThat(s.book(book(visitor(3), Optional.of("AM"))))
        .isEqualTo(new BookingOutcome.SlotFull(DAY, "AM", 2));
    assertThat(f.repository.bookingsOn(DAY)).hasSize(2);
    assertThat(s.book(book(visitor(3), Optional.of("PM"))))
        .isEqualTo(new BookingOutcome.Booked("RB-2026-3", "PM"));
  }

  @Test
  @DisplayName("without a slot, the first slot of the day with a free place; none left, refused")
  void first_free_slot() {
    ReceptionService s = service(TWO_AND_ONE);
    assertThat(s.book(book(visitor(1), Optional.empty())))
        .isInstanceOfSatisfying(
            BookingOutcome.Booked.class, b -> assertThat(b.slot()).isEqualTo("AM"));
    s.book(book(visitor(2), Optional.empty()));
    assertThat(s.book(book(visitor(3), Optional.empty())))
        .isInstanceOfSatisfying(
            BookingOutcome.Booked.class, b -> assertThat(b.slot()).isEqualTo("PM"));
    assertThat(s.book(book(visitor(4), Optional.empty())))
        .isEqualTo(new BookingOutcome.SlotFull(DAY, "PM", 1));
  }

  @Test
  @DisplayName("the same person is not booked twice on one day, whatever the slot or mode")
  void no_duplicate() {
    ReceptionService s = service(TWO_AND_ONE);
    String first =
        ((BookingOutcome.Booked) s.book(book(IntakeFixtures.ZHANG, Optional.of("AM")))).id();
    assertThat(s.book(book(IntakeFixtures.ZHANG, Optional.of("AM"))))
        .isEqualTo(new BookingOutcome.AlreadyBooked(first, DAY));
    Party sameIdOtherRecord = Party.Citizen.of("张三", "11010519491231002X", null);
    assertThat(
            s.book(
                new BookReceptionUseCase.Book(
                    ReceptionMode.INVITED,
                    DAY,
                    Optional.of("PM"),
                    sameIdOtherRecord,
                    "约访",
                    OFFICE)))
        .as("the same ID number is the same person")
        .isEqualTo(new BookingOutcome.AlreadyBooked(first, DAY));
    assertThat(s.book(book(IntakeFixtures.ZHANG, Optional.empty())))
        .isInstanceOf(BookingOutcome.AlreadyBooked.class);
    assertThat(
            s.book(
                new BookReceptionUseCase.Book(
                    ReceptionMode.APPOINTMENT,
                    DAY.plusDays(1),
                    Optional.of("AM"),
                    IntakeFixtures.ZHANG,
                    "征地补偿",
                    OFFICE)))
        .as("another day is another visit")
        .isInstanceOf(BookingOutcome.Booked.class);
  }

  @Test
  @DisplayName("a cancelled booking or a no-show frees its place and its visitor")
  void cancelled_frees_the_place() {
    ReceptionService s = service(TWO_AND_ONE);
    String pm = ((BookingOutcome.Booked) s.book(book(visitor(1), Optional.of("PM")))).id();
    assertThat(s.book(book(visitor(2), Optional.of("PM"))))
        .isInstanceOf(BookingOutcome.SlotFull.class);
    s.manage(
        new BookReceptionUseCase.Manage(pm, new BookReceptionUseCase.Change.Cancel("改期"), OFFICE));
    assertThat(s.book(book(visitor(2), Optional.of("PM"))))
        .isInstanceOf(BookingOutcome.Booked.class);
    assertThat(s.book(book(visitor(1), Optional.of("AM"))))
        .as("the cancelled visitor may book again")
        .isInstanceOf(BookingOutcome.Booked.class);
  }

  @Test
  @DisplayName("a day's capacity can be set apart from the usual one; 0 closes the slot")
  void per_day_capacity() {
    ReceptionService s = service(TWO_AND_ONE.withCapacity(DAY, "AM", 0).withCapacity(DAY, "PM", 3));
    assertThat(s.book(book(visitor(1), Optional.of("AM"))))
        .isEqualTo(new BookingOutcome.SlotFull(DAY, "AM", 0));
    for (int i = 1; i <= 3; i++) {
      assertThat(s.book(book(visitor(i), Optional.empty())))
          .isInstanceOfSatisfying(
              BookingOutcome.Booked.class, b -> assertThat(b.slot()).isEqualTo("PM"));
    }
    assertThat(s.book(book(visitor(4), Optional.empty())))
        .isInstanceOf(BookingOutcome.SlotFull.class);
  }

  @Test
  @DisplayName("an unknown slot is refused as a value; a schedule is checked when made")
  void slots_are_configured() {
    ReceptionService s = service(ReceptionSchedule.defaults());
    assertThat(s.book(book(visitor(1), Optional.of("EVENING"))))
        .isInstanceOfSatisfying(
            BookingOutcome.NotBookable.class, r -> assertThat(r.reason()).contains("AM", "PM"));
    assertThat(ReceptionSchedule.defaults().capacity(DAY, "AM")).isEqualTo(4);
    assertThatThrownBy(() -> TWO_AND_ONE.withCapacity(DAY, "NIGHT", 1))
        .hasMessageContaining("NIGHT");
    assertThatThrownBy(() -> TWO_AND_ONE.withCapacity(DAY, "AM", -1))
        .hasMessageContaining("negative");
    assertThatThrownBy(
            () -> new ReceptionSchedule.Slot("AM", LocalTime.of(9, 0), LocalTime.of(11, 0), 0))
        .hasMessageContaining("at least one");
    assertThatThrownBy(
            () ->
                new ReceptionSchedule(
                    List.of(
                        new ReceptionSchedule.Slot(
                            "AM", LocalTime.of(9, 0), LocalTime.of(11, 0), 1),
                        new ReceptionSchedule.Slot(
                            "AM", LocalTime.of(14, 0), LocalTime.of(16, 0), 1)),
                    Map.of()))
        .hasMessageContaining("twice");
  }

  /** Lets another instance book between this one's read of the day's bookings and its claim. */
  private static final class Interleaving implements ReceptionRepository {
    final ReceptionRepository inner;
    Runnable afterRead = () -> {};

    Interleaving(ReceptionRepository inner) {
      this.inner = inner;
    }

    @Override
    public void save(ReceptionRota rota) {
      inner.save(rota);
    }

    @Override
    public Optional<ReceptionRota> rota(java.time.YearMonth month) {
      return inner.rota(month);
    }

    @Override
    public void save(ReceptionBooking booking) {
      inner.save(booking);
    }

    @Override
    public Optional<ReceptionBooking> booking(String id) {
      return inner.booking(id);
    }

    @Override
    public List<ReceptionBookingSnapshot> bookingsOn(LocalDate date) {
      List<ReceptionBookingSnapshot> seen = inner.bookingsOn(date);
      Runnable once = afterRead;
      afterRead = () -> {};
      once.run();
      return seen;
    }

    @Override
    public org.db3311.sgc.core.common.Version bookingDayVersion(LocalDate date) {
      return inner.bookingDayVersion(date);
    }

    @Override
    public void claimBookingDay(LocalDate date, org.db3311.sgc.core.common.Version read) {
      inner.claimBookingDay(date, read);
    }
  }

  @Test
  @DisplayName(
      "two server instances racing for a slot's last place: one gets it, the other writes nothing")
  void the_last_place_goes_once_across_instances() {
    service(TWO_AND_ONE);
    Interleaving shared = new Interleaving(f.repository);
    ReceptionService first = instance(shared);
    ReceptionService second = instance(f.repository);
    shared.afterRead =
        () ->
            assertThat(second.book(book(visitor(2), Optional.of("PM"))))
                .isInstanceOf(BookingOutcome.Booked.class);

    assertThatThrownBy(() -> first.book(book(visitor(1), Optional.of("PM"))))
        .isInstanceOf(org.db3311.sgc.core.common.OptimisticLockException.class);

    assertThat(f.repository.bookingsOn(DAY)).hasSize(1);
    assertThat(first.book(book(visitor(1), Optional.of("PM"))))
        .as("a retry finds the slot full")
        .isNotInstanceOf(BookingOutcome.Booked.class);
  }

  private ReceptionService instance(ReceptionRepository repository) {
    return new ReceptionService(
        repository,
        f.in.intake,
        new HolidayTableCalendar(),
        f.in.sequences,
        TWO_AND_ONE,
        f.in.events,
        f.in.audit,
        f.in.clock);
  }
}
