package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.Party;

/**
 * For any run of bookings and cancellations, no slot is over capacity and no visitor booked twice.
 */
@Implements("6.2.1.2")
class ReceptionCapacityProperties {

  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));

  /** Request {@code visitor} in {@code slot} (-1: any) on day {@code day}, or cancel the n-th. */
  record Step(boolean cancel, int visitor, int slot, int day) {}

  @Property(tries = 200)
  void never_over_capacity_nor_twice_a_day(
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 3) int am,
      @ForAll @IntRange(min = 1, max = 3) int pm) {
    ReceptionSchedule schedule =
        new ReceptionSchedule(
            List.of(
                new ReceptionSchedule.Slot("AM", LocalTime.of(9, 0), LocalTime.of(11, 30), am),
                new ReceptionSchedule.Slot("PM", LocalTime.of(14, 30), LocalTime.of(17, 0), pm)),
            Map.of());
    ReceptionFixtures f = new ReceptionFixtures();
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
            ReceptionFixtures.NOV, List.of(ReceptionFixtures.A), ReceptionFixtures.OFFICE));
    s.publish(new PublishRotaUseCase.Command(ReceptionFixtures.NOV, ReceptionFixtures.OFFICE));
    java.util.ArrayList<String> booked = new java.util.ArrayList<>();
    for (Step st : steps) {
      if (st.cancel()) {
        if (!booked.isEmpty()) {
          String id = booked.remove(st.visitor() % booked.size());
          s.manage(
              new BookReceptionUseCase.Manage(
                  id, new BookReceptionUseCase.Change.Cancel("改期"), ReceptionFixtures.OFFICE));
        }
        continue;
      }
      Party who = Party.Citizen.of("来访人" + st.visitor(), null, null);
      Optional<String> slot =
          st.slot() < 0 ? Optional.empty() : Optional.of(st.slot() == 0 ? "AM" : "PM");
      var outcome =
          s.book(
              new BookReceptionUseCase.Book(
                  ReceptionMode.APPOINTMENT,
                  DAYS.get(st.day()),
                  slot,
                  who,
                  "事由",
                  ReceptionFixtures.OFFICE));
      if (outcome instanceof BookReceptionUseCase.BookingOutcome.Booked b) {
        booked.add(b.id());
        slot.ifPresent(x -> assertThat(b.slot()).isEqualTo(x));
      }
      for (LocalDate day : DAYS) {
        Map<String, Integer> perSlot = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (ReceptionBookingSnapshot b : f.repository.bookingsOn(day)) {
          if (b.state().holdsAPlace()) {
            perSlot.merge(b.slot(), 1, Integer::sum);
            assertThat(people.add(b.visitor().name())).as("booked twice: " + b.visitor()).isTrue();
          }
        }
        assertThat(perSlot.getOrDefault("AM", 0)).isLessThanOrEqualTo(am);
        assertThat(perSlot.getOrDefault("PM", 0)).isLessThanOrEqualTo(pm);
        if (outcome instanceof BookReceptionUseCase.BookingOutcome.SlotFull full
            && full.date().equals(day)) {
          assertThat(perSlot.getOrDefault(full.slot(), 0)).isEqualTo(full.capacity());
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.of(true, false, false, false),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(-1, 1),
            Arbitraries.integers().between(0, DAYS.size() - 1))
        .as(Step::new)
        .list()
        .ofMaxSize(30);
  }
}
