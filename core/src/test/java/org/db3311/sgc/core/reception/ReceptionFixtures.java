package org.db3311.sgc.core.reception;

import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterParty;

/** Reception wired to intake over in-memory adapters. */
final class ReceptionFixtures {

  static final Actor OFFICE = Actor.of("office-1", "接访办");
  static final CountyLeader A = new CountyLeader("l-a", "县长甲", "县长");
  static final CountyLeader B = new CountyLeader("l-b", "副县长乙", "副县长");
  static final CountyLeader C = new CountyLeader("l-c", "副县长丙", "副县长");
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final YearMonth DEC = YearMonth.of(2026, 12);

  final IntakeFixtures in = new IntakeFixtures();
  final InMemoryReceptionRepository repository = new InMemoryReceptionRepository();
  final ReceptionService reception =
      new ReceptionService(
          repository,
          in.intake,
          new HolidayTableCalendar(),
          in.sequences,
          in.events,
          in.audit,
          in.clock);

  /** Books, expecting a place, and returns the booking's id. */
  String book(BookReceptionUseCase.Book b) {
    BookReceptionUseCase.BookingOutcome o = reception.book(b);
    if (o instanceof BookReceptionUseCase.BookingOutcome.Booked booked) {
      return booked.id();
    }
    throw new AssertionError("expected a place, got " + o);
  }

  void planAndPublish(YearMonth month) {
    reception.plan(new PlanRotaUseCase.Plan(month, List.of(A, B, C), OFFICE));
    reception.publish(new PublishRotaUseCase.Command(month, OFFICE));
  }

  ReceiveVisitorUseCase.Command visit(
      CountyLeader leader, ReceptionMode mode, java.util.Optional<String> booking) {
    return new ReceiveVisitorUseCase.Command(
        leader,
        mode,
        booking,
        List.of(MatterParty.applicant(IntakeFixtures.ZHANG)),
        "event.petition",
        IntakeFixtures.place("鹤城街道"),
        "反映征地补偿问题",
        IntakeFixtures.ALL_MATERIALS,
        OFFICE);
  }
}
