package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.LocalDate;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A mediation agreement recorded in December 2026, before the 2027 arrangement is loaded. */
@Implements({"R10", "6.2.1.1.1"})
class YearBoundaryMediationTest {

  private final MediationFixtures f = new MediationFixtures();

  @Test
  @DisplayName(
      "R10: an agreement effective 10 December 2026 gets its 30-day confirmation date in 2027, provisional")
  void confirmation_date_in_a_provisional_year() {
    f.in.clock.set("2026-12-03T10:00:00");
    MediationCaseId id = f.inSession("dispute.labour");
    LocalDate effective = LocalDate.of(2026, 12, 10);
    f.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id,
            new ConcludeMediationUseCase.Outcome.Agreement(MediationFixtures.agreement(effective)),
            MEDIATOR));
    // 30 days end on Saturday 9 January 2027: the next working day of the provisional 2027
    assertThat(f.mediation.mediation(id).snapshot().judicialConfirmationDue())
        .contains(LocalDate.of(2027, 1, 11));
    assertThat(
            Deadline.startingOn(MediationService.JUDICIAL_CONFIRMATION, effective)
                .due(new HolidayTableCalendar()))
        .isEqualTo(DueDate.provisional(LocalDate.of(2027, 1, 11)));
  }
}
