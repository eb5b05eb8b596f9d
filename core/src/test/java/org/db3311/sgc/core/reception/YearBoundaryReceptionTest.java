package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.reception.ReceptionFixtures.A;
import static org.db3311.sgc.core.reception.ReceptionFixtures.B;
import static org.db3311.sgc.core.reception.ReceptionFixtures.C;
import static org.db3311.sgc.core.reception.ReceptionFixtures.OFFICE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** January 2027's leader rota, planned in December 2026 before the 2027 arrangement is loaded. */
@Implements({"R10", "6.2.1.2"})
class YearBoundaryReceptionTest {

  private static final YearMonth JAN_2027 = YearMonth.of(2027, 1);
  private final ReceptionFixtures f = new ReceptionFixtures();

  @Test
  @DisplayName("R10: January 2027's rota is planned and published on the provisional 2027")
  void january_2027_rota() {
    f.in.clock.set("2026-12-03T10:00:00");
    f.reception.plan(new PlanRotaUseCase.Plan(JAN_2027, List.of(A, B, C), OFFICE));
    List<String> findings = f.reception.publish(new PublishRotaUseCase.Command(JAN_2027, OFFICE));
    assertThat(findings).isEmpty();
    var published = f.reception.published(JAN_2027).orElseThrow();
    HolidayTableCalendar calendar = new HolidayTableCalendar();
    // 21 weekdays, less 元旦 (Friday 1 January) on the provisional year
    assertThat(published).hasSize(20).doesNotContainKey(LocalDate.of(2027, 1, 1));
    assertThat(published.keySet()).allMatch(calendar::isProvisional);
  }
}
