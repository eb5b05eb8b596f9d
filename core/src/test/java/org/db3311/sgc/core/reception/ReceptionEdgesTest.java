package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.Party;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reception rules on both sides of their boundaries, without the service around them. */
@DisplayName("6.2.1.2 每个工作日应安排一名县级领导接访 — the reception rules at their edges")
class ReceptionEdgesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 26);
  static final CountyLeader LEADER = new CountyLeader("leader-a", "领导甲", "副县长");
  static final BookingCapacityRule RULE = new BookingCapacityRule();
  static final ReceptionSchedule ONE_EACH =
      new ReceptionSchedule(
          List.of(
              new ReceptionSchedule.Slot("AM", LocalTime.of(9, 0), LocalTime.of(11, 30), 1),
              new ReceptionSchedule.Slot("PM", LocalTime.of(14, 30), LocalTime.of(17, 0), 1)),
          Map.of());

  static ReceptionBookingSnapshot booking(String id, String slot, Party who, BookingState state) {
    return new ReceptionBookingSnapshot(
        id,
        ReceptionMode.APPOINTMENT,
        DAY,
        slot,
        LEADER,
        who,
        "征地补偿",
        state,
        state == BookingState.RECEIVED
            ? Optional.of(
                org.db3311.sgc.core.intake.RegistrationNumber.parse("331121-20261126-0001"))
            : Optional.empty());
  }

  static Party named(String name) {
    return Party.Citizen.of(name, null, "13905781234");
  }

  @Test
  @Implements("6.2.1.2")
  @DisplayName(
      "a booking with no slot named takes the first slot with a free place; every slot full, the"
          + " last slot's refusal")
  void first_free_slot_or_the_last_refusal() {
    BookingCapacityRule.Result next =
        RULE.check(
            DAY,
            Optional.empty(),
            named("乙"),
            List.of(booking("RB-1", "AM", named("甲"), BookingState.CONFIRMED)),
            ONE_EACH);
    assertThat(next).isEqualTo(new BookingCapacityRule.Result.Fits("PM"));

    BookingCapacityRule.Result full =
        RULE.check(
            DAY,
            Optional.empty(),
            named("丙"),
            List.of(
                booking("RB-1", "AM", named("甲"), BookingState.REQUESTED),
                booking("RB-2", "PM", named("乙"), BookingState.RECEIVED)),
            ONE_EACH);
    assertThat(full)
        .isEqualTo(
            new BookingCapacityRule.Result.Refused(
                new BookReceptionUseCase.BookingOutcome.SlotFull(DAY, "PM", 1)));
  }

  @Test
  @Implements("6.2.1.2")
  @DisplayName("a cancelled booking or a no-show holds no place; the others do")
  void which_bookings_hold_a_place() {
    assertThat(BookingState.REQUESTED.holdsAPlace()).isTrue();
    assertThat(BookingState.CONFIRMED.holdsAPlace()).isTrue();
    assertThat(BookingState.RECEIVED.holdsAPlace()).isTrue();
    assertThat(BookingState.CANCELLED.holdsAPlace()).isFalse();
    assertThat(BookingState.NO_SHOW.holdsAPlace()).isFalse();
    assertThat(
            RULE.check(
                DAY,
                Optional.of("AM"),
                named("甲"),
                List.of(booking("RB-1", "AM", named("甲"), BookingState.CANCELLED)),
                ONE_EACH))
        .isEqualTo(new BookingCapacityRule.Result.Fits("AM"));
  }

  @Test
  @DisplayName(
      "the same person is the same identity where both have one, else the same name; two numbers"
          + " under one name are two people")
  void same_person() {
    Party a = Party.Citizen.of("张三", "11010519491231002X", null);
    Party sameNumber = Party.Citizen.of("张叁", "11010519491231002X", null);
    Party otherNumber = Party.Citizen.of("张三", "440524188001010014", null);
    Party noNumber = Party.Citizen.of("张三", null, null);

    assertThat(BookingCapacityRule.samePerson(a, sameNumber)).isTrue();
    assertThat(BookingCapacityRule.samePerson(a, otherNumber)).isFalse();
    assertThat(BookingCapacityRule.samePerson(a, noNumber)).isTrue();
    assertThat(BookingCapacityRule.samePerson(named("甲"), named("乙"))).isFalse();
  }

  @Test
  @DisplayName(
      "a schedule refuses no slot, a slot twice, an override of an unknown slot or below zero;"
          + " 0 closes a slot that day only")
  void a_schedule_is_checked_when_made() {
    ReceptionSchedule.Slot am = ONE_EACH.slots().getFirst();
    assertThatThrownBy(() -> new ReceptionSchedule(List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReceptionSchedule(List.of(am, am), Map.of()))
        .hasMessageContaining("AM");
    assertThatThrownBy(() -> ONE_EACH.withCapacity(DAY, "EVE", 1)).hasMessageContaining("EVE");
    assertThatThrownBy(() -> ONE_EACH.withCapacity(DAY, "AM", -1))
        .isInstanceOf(IllegalArgumentException.class);

    ReceptionSchedule closed = ONE_EACH.withCapacity(DAY, "AM", 0).withCapacity(DAY, "PM", 3);
    assertThat(closed.capacity(DAY, "AM")).isZero();
    assertThat(closed.capacity(DAY, "PM")).isEqualTo(3);
    assertThat(closed.capacity(DAY.plusDays(1), "AM")).isEqualTo(1);
    assertThat(closed.codes()).containsExactly("AM", "PM");
    assertThatThrownBy(() -> closed.capacity(DAY, "EVE"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a slot has a code, ends after it starts and takes at least one visitor")
  void a_slot_is_checked_when_made() {
    LocalTime nine = LocalTime.of(9, 0);
    assertThat(new ReceptionSchedule.Slot("AM", nine, nine.plusMinutes(1), 1).capacity())
        .isEqualTo(1);
    assertThatThrownBy(() -> new ReceptionSchedule.Slot(" ", nine, nine.plusHours(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReceptionSchedule.Slot("AM", nine, nine, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReceptionSchedule.Slot("AM", nine, nine.plusHours(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Implements({"6.2.1.2", "R9"})
  @DisplayName(
      "6.2.1.2: a rota is checked on every working day from the 1st to the last of its month, and"
          + " a day of another month is named")
  void the_rule_covers_the_whole_month() {
    WorkingCalendar calendar = new HolidayTableCalendar();
    YearMonth june = YearMonth.of(2026, 6); // 1 June and 30 June 2026 are working days
    OneLeaderPerWorkingDayRule rule = new OneLeaderPerWorkingDayRule();
    java.util.Map<LocalDate, CountyLeader> days =
        new java.util.HashMap<>(new RotaPlanner().plan(june, List.of(LEADER), calendar));
    assertThat(rule.check(june, days, calendar)).isEmpty();

    java.util.Map<LocalDate, CountyLeader> noFirst = new java.util.HashMap<>(days);
    noFirst.remove(june.atDay(1));
    assertThat(rule.check(june, noFirst, calendar))
        .containsExactly("2026-06-01 is a working day without a receiving leader");
    java.util.Map<LocalDate, CountyLeader> noLast = new java.util.HashMap<>(days);
    noLast.remove(june.atEndOfMonth());
    assertThat(rule.check(june, noLast, calendar))
        .containsExactly("2026-06-30 is a working day without a receiving leader");
    days.put(LocalDate.of(2026, 7, 1), LEADER);
    assertThat(rule.check(june, days, calendar)).containsExactly("2026-07-01 is outside 2026-06");
  }

  @Test
  @Implements("6.2.1.2")
  @DisplayName("the planner takes the leaders in turn, one per working day, and needs one")
  void the_planner_takes_leaders_in_turn() {
    WorkingCalendar calendar = new HolidayTableCalendar();
    CountyLeader b = new CountyLeader("leader-b", "领导乙", "县委常委");
    Map<LocalDate, CountyLeader> plan =
        new RotaPlanner().plan(YearMonth.of(2026, 6), List.of(LEADER, b), calendar);
    assertThat(plan.get(LocalDate.of(2026, 6, 1))).isEqualTo(LEADER);
    assertThat(plan.get(LocalDate.of(2026, 6, 2))).isEqualTo(b);
    assertThat(plan.get(LocalDate.of(2026, 6, 3))).isEqualTo(LEADER);
    assertThat(plan).doesNotContainKey(LocalDate.of(2026, 6, 6));
    assertThatThrownBy(() -> new RotaPlanner().plan(YearMonth.of(2026, 6), List.of(), calendar))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
