package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.reception.ReceptionFixtures.A;
import static org.db3311.sgc.core.reception.ReceptionFixtures.B;
import static org.db3311.sgc.core.reception.ReceptionFixtures.DEC;
import static org.db3311.sgc.core.reception.ReceptionFixtures.NOV;
import static org.db3311.sgc.core.reception.ReceptionFixtures.OFFICE;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.WorkflowDocs;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.2.1.2")
@DisplayName("6.2.1.2 每个工作日应安排一名县级领导接访，可采用随机接访、预约接访、主动约访等方式…并定期公开领导接访安排")
class ReceptionServiceTest {

  private final ReceptionFixtures f = new ReceptionFixtures();

  @Test
  @DisplayName("a planned rota names one leader for each working day and is published")
  void plan_and_publish() {
    f.planAndPublish(DEC);
    var published = f.reception.published(DEC).orElseThrow();
    assertThat(published)
        .hasSize(new org.db3311.sgc.core.calendar.HolidayTableCalendar().workingDaysOf(DEC).size());
    assertThat(published).doesNotContainKey(LocalDate.of(2026, 12, 5));
    assertThat(f.in.events.published(ReceptionEvent.class))
        .extracting(ReceptionEvent::actionName)
        .containsExactly("PLAN", "PUBLISH");
  }

  @Test
  @DisplayName(
      "what a client can get wrong: unknown booking or rota (not found), a second plan or an"
          + " unconfirmed booking received (illegal transition, nothing registered)")
  void client_failures() {
    assertThatThrownBy(
            () ->
                f.reception.manage(
                    new BookReceptionUseCase.Manage(
                        "RB-2026-999", new BookReceptionUseCase.Change.Confirm(), OFFICE)))
        .isInstanceOf(ReceptionBookingNotFoundException.class)
        .isInstanceOf(org.db3311.sgc.core.common.NotFoundException.class);
    assertThatThrownBy(() -> f.reception.publish(new PublishRotaUseCase.Command(DEC, OFFICE)))
        .isInstanceOf(ReceptionRotaNotFoundException.class);
    f.planAndPublish(NOV);
    assertThatThrownBy(() -> f.reception.plan(new PlanRotaUseCase.Plan(NOV, List.of(A), OFFICE)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("action PLAN is not allowed in state PUBLISHED");
    String requested =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.APPOINTMENT,
                LocalDate.of(2026, 11, 26),
                IntakeFixtures.ZHANG,
                "征地补偿",
                OFFICE));
    f.in.clock.set("2026-11-26T09:00:00");
    CountyLeader leader = f.reception.booking(requested).leader();

    assertThatThrownBy(
            () ->
                f.reception.receive(
                    f.visit(leader, ReceptionMode.APPOINTMENT, Optional.of(requested))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("action RECEIVE is not allowed in state REQUESTED");

    assertThat(f.in.events.published(org.db3311.sgc.core.intake.MatterEvent.class))
        .as("a refused reception registers no matter")
        .isEmpty();
  }

  @Test
  @DisplayName("a rota with a working day without a leader is not published, and names that day")
  void invalid_rota_is_not_published() {
    f.reception.plan(new PlanRotaUseCase.Plan(DEC, List.of(A), OFFICE));
    f.repository.save(withoutDay(LocalDate.of(2026, 12, 7)));
    List<String> findings = f.reception.publish(new PublishRotaUseCase.Command(DEC, OFFICE));
    assertThat(findings)
        .singleElement()
        .asString()
        .contains("2026-12-07 is a working day without a receiving leader");
    assertThat(f.reception.published(DEC)).isEmpty();
  }

  @Test
  @DisplayName(
      "6.2.1.2 asks for every working day covered; a leader receiving on a Saturday is allowed")
  void a_leader_on_a_day_off_is_allowed() {
    f.reception.plan(new PlanRotaUseCase.Plan(DEC, List.of(A), OFFICE));
    LocalDate saturday = LocalDate.of(2026, 12, 5);
    f.reception.assignDay(new PlanRotaUseCase.AssignDay(saturday, B, OFFICE));
    assertThat(f.reception.publish(new PublishRotaUseCase.Command(DEC, OFFICE))).isEmpty();
    assertThat(f.reception.published(DEC).orElseThrow()).containsEntry(saturday, B);
  }

  private ReceptionRota withoutDay(LocalDate day) {
    ReceptionRota r = f.repository.rota(DEC).orElseThrow();
    var days = new java.util.HashMap<>(r.days());
    days.remove(day);
    return ReceptionRota.fromSnapshot(
        new ReceptionRotaSnapshot(DEC, days, r.state(), Optional.empty()), r.version());
  }

  @Test
  @DisplayName("随机接访: the leader on the rota receives a walk-in; a matter is registered")
  void walk_in() {
    f.planAndPublish(NOV);
    CountyLeader today = f.reception.published(NOV).orElseThrow().get(LocalDate.of(2026, 11, 25));
    var outcome =
        f.reception.receive(f.visit(today, ReceptionMode.RANDOM_WALK_IN, Optional.empty()));
    RegistrationNumber n = ((ReceiveVisitorUseCase.Outcome.Registered) outcome).matter();
    assertThat(f.in.matter(n).registration().channel()).isEqualTo(Channel.LEADER_RECEPTION);
    CountyLeader other = today.equals(A) ? B : A;
    assertThat(f.reception.receive(f.visit(other, ReceptionMode.RANDOM_WALK_IN, Optional.empty())))
        .isInstanceOf(ReceiveVisitorUseCase.Outcome.NotOnRota.class);
  }

  @Test
  @DisplayName("预约接访 and 主动约访: bookings on a published rota day, received on the day")
  void appointment_and_invitation() {
    f.planAndPublish(NOV);
    String appt =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.APPOINTMENT,
                LocalDate.of(2026, 11, 26),
                IntakeFixtures.ZHANG,
                "征地补偿",
                OFFICE));
    String invite =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.INVITED,
                LocalDate.of(2026, 11, 26),
                IntakeFixtures.LI,
                "回访信访人",
                OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(appt, new BookReceptionUseCase.Change.Confirm(), OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(invite, new BookReceptionUseCase.Change.Confirm(), OFFICE));
    f.in.clock.set("2026-11-26T09:00:00");
    CountyLeader leader = f.reception.booking(appt).leader();
    f.reception.receive(f.visit(leader, ReceptionMode.APPOINTMENT, Optional.of(appt)));
    f.reception.manage(
        new BookReceptionUseCase.Manage(invite, new BookReceptionUseCase.Change.NoShow(), OFFICE));
    assertThat(f.reception.booking(appt).state()).isEqualTo(BookingState.RECEIVED);
    assertThat(f.reception.booking(appt).matter()).isPresent();
    assertThat(f.reception.booking(invite).state()).isEqualTo(BookingState.NO_SHOW);
  }

  @Test
  @DisplayName("a booking needs a published receiving leader on a later day; refusals are values")
  void bookings_need_a_published_later_rota_day() {
    var book =
        new BookReceptionUseCase.Book(
            ReceptionMode.APPOINTMENT,
            LocalDate.of(2026, 11, 26),
            IntakeFixtures.ZHANG,
            "x",
            OFFICE);
    assertThat(f.reception.book(book))
        .isInstanceOfSatisfying(
            BookReceptionUseCase.BookingOutcome.NotBookable.class,
            r -> assertThat(r.reason()).contains("no published rota"));
    f.planAndPublish(NOV);
    assertThat(
            f.reception.book(
                new BookReceptionUseCase.Book(
                    ReceptionMode.APPOINTMENT,
                    LocalDate.of(2026, 11, 28),
                    IntakeFixtures.ZHANG,
                    "x",
                    OFFICE)))
        .as("a Saturday has no receiving leader")
        .isInstanceOfSatisfying(
            BookReceptionUseCase.BookingOutcome.NotBookable.class,
            r -> assertThat(r.reason()).contains("no published rota"));
    assertThat(
            f.reception.book(
                new BookReceptionUseCase.Book(
                    ReceptionMode.APPOINTMENT,
                    LocalDate.of(2026, 11, 25),
                    IntakeFixtures.ZHANG,
                    "x",
                    OFFICE)))
        .as("today is too late to book")
        .isInstanceOf(BookReceptionUseCase.BookingOutcome.NotBookable.class);
    assertThat(f.repository.bookingsOn(LocalDate.of(2026, 11, 26))).isEmpty();
  }

  @Test
  @DisplayName("every transition of the rota and booking machines is walked")
  void every_path() {
    f.planAndPublish(NOV);
    f.reception.revise(new PlanRotaUseCase.Revise(NOV, "县长甲出差", OFFICE));
    f.reception.assignDay(new PlanRotaUseCase.AssignDay(LocalDate.of(2026, 11, 27), B, OFFICE));
    f.reception.publish(new PublishRotaUseCase.Command(NOV, OFFICE));
    String a =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.APPOINTMENT,
                LocalDate.of(2026, 11, 27),
                IntakeFixtures.ZHANG,
                "x",
                OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(a, new BookReceptionUseCase.Change.Cancel("改期"), OFFICE));
    String b =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.APPOINTMENT,
                LocalDate.of(2026, 11, 27),
                IntakeFixtures.ZHANG,
                "x",
                OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(b, new BookReceptionUseCase.Change.Confirm(), OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(b, new BookReceptionUseCase.Change.Cancel("改期"), OFFICE));
    String c =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.INVITED, LocalDate.of(2026, 11, 27), IntakeFixtures.LI, "x", OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(c, new BookReceptionUseCase.Change.Confirm(), OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(c, new BookReceptionUseCase.Change.NoShow(), OFFICE));
    String d =
        f.book(
            new BookReceptionUseCase.Book(
                ReceptionMode.INVITED, LocalDate.of(2026, 11, 27), IntakeFixtures.LI, "x", OFFICE));
    f.reception.manage(
        new BookReceptionUseCase.Manage(d, new BookReceptionUseCase.Change.Confirm(), OFFICE));
    f.in.clock.set("2026-11-27T09:00:00");
    f.reception.receive(f.visit(B, ReceptionMode.INVITED, Optional.of(d)));
    Set<String> walked = new HashSet<>();
    f.in.events.published(ReceptionEvent.class).stream()
        .filter(e -> e.fromStateName().isPresent())
        .forEach(
            e ->
                walked.add(e.fromStateName().get() + ">" + e.actionName() + ">" + e.toStateName()));
    Set<String> expected = new HashSet<>();
    ReceptionWorkflows.ROTA
        .transitions()
        .forEach(t -> expected.add(t.from() + ">" + t.action() + ">" + t.to()));
    ReceptionWorkflows.BOOKING
        .transitions()
        .forEach(t -> expected.add(t.from() + ">" + t.action() + ">" + t.to()));
    assertThat(walked).isEqualTo(expected);
    assertThatThrownBy(
            () ->
                f.reception.manage(
                    new BookReceptionUseCase.Manage(
                        a, new BookReceptionUseCase.Change.Confirm(), OFFICE)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("state CANCELLED");
  }

  @Test
  void the_state_diagram_in_the_docs_is_the_table_that_runs() {
    WorkflowDocs.assertDocumented(ReceptionWorkflows.ROTA);
    WorkflowDocs.assertDocumented(ReceptionWorkflows.BOOKING);
  }
}
