package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.reception.ReceptionFixtures.NOV;
import static org.db3311.sgc.core.reception.ReceptionFixtures.OFFICE;

import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A booking is recorded when it is made, not only when it is later confirmed: the mutation run
 * showed a booking whose request event was never raised, or never recorded, went unnoticed.
 */
@DisplayName("6.2.1.2 预约接访 — a booking is recorded when it is made")
class ReceptionBookingEventEdgesTest {

  private final ReceptionFixtures f = new ReceptionFixtures();

  @Test
  @Implements("6.2.1.2")
  @DisplayName(
      "预约接访: a new booking publishes its request, by whom, with no earlier state, as REQUESTED")
  void a_new_booking_publishes_its_request() {
    f.planAndPublish(NOV);
    LocalDate day = LocalDate.of(2026, 11, 26);
    String id =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.APPOINTMENT, day, IntakeFixtures.ZHANG, "征地补偿", OFFICE));

    assertThat(f.in.events.published(ReceptionEvent.class))
        .filteredOn(e -> e.aggregateId().equals(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.aggregateType()).isEqualTo("ReceptionBooking");
              assertThat(e.actionName()).isEqualTo(BookingAction.REQUEST.name());
              assertThat(e.fromStateName()).isEqualTo(Optional.empty());
              assertThat(e.toStateName()).isEqualTo(BookingState.REQUESTED.name());
              assertThat(e.actor()).isEqualTo(OFFICE);
            });
    assertThat(f.reception.booking(id).state()).isEqualTo(BookingState.REQUESTED);
  }
}
