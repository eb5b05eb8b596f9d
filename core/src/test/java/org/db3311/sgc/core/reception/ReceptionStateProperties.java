package org.db3311.sgc.core.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.WorkflowRun;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * No sequence of commands leaves a reception rota or booking in a state its machine does not define
 * or predict; an illegal command fails naming state and action and changes nothing, and a rota
 * refused publication stays the draft it was.
 */
@Implements("6.2.1.2")
class ReceptionStateProperties {

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");
  private static final YearMonth DEC = YearMonth.of(2026, 12);

  enum RotaCommand {
    ASSIGN_DAY(RotaAction.ASSIGN_DAY),
    ASSIGN_DAY_OTHER_MONTH(RotaAction.ASSIGN_DAY),
    PUBLISH(RotaAction.PUBLISH),
    PUBLISH_WITH_FINDINGS(RotaAction.PUBLISH),
    REVISE(RotaAction.REVISE);

    final RotaAction action;

    RotaCommand(RotaAction action) {
      this.action = action;
    }
  }

  enum BookingCommand {
    CONFIRM(BookingAction.CONFIRM),
    CANCEL(BookingAction.CANCEL),
    RECEIVE(BookingAction.RECEIVE),
    NO_SHOW(BookingAction.MARK_NO_SHOW);

    final BookingAction action;

    BookingCommand(BookingAction action) {
      this.action = action;
    }
  }

  @Property(tries = 300)
  void any_rota_command_sequence_follows_the_table(
      @ForAll("choices") List<WorkflowRun.Choice> choices) {
    InMemoryReceptionRepository repo = new InMemoryReceptionRepository();
    ReceptionRota r =
        ReceptionRota.plan(
            DEC, Map.of(DEC.atDay(1), ReceptionFixtures.A), ReceptionFixtures.OFFICE, T);
    WorkflowRun<ReceptionRota, RotaState, RotaAction> run =
        new WorkflowRun<>(
            ReceptionWorkflows.ROTA,
            r,
            ReceptionRota::state,
            ReceptionRota::snapshot,
            repo::save,
            () -> repo.rota(DEC).orElseThrow().snapshot());
    int[] day = {1};
    for (WorkflowRun.Choice ch : choices) {
      run.step(
          ch,
          List.of(RotaCommand.values()),
          c -> c.action,
          c -> {
            var a = ReceptionFixtures.OFFICE;
            switch (c) {
              case ASSIGN_DAY ->
                  r.assignDay(DEC.atDay(1 + day[0]++ % 28), ReceptionFixtures.B, a, T);
              case ASSIGN_DAY_OTHER_MONTH ->
                  r.assignDay(LocalDate.of(2027, 1, 4), ReceptionFixtures.B, a, T);
              case PUBLISH -> r.publish(List.of(), a, T);
              case PUBLISH_WITH_FINDINGS ->
                  assertThat(r.publish(List.of("2026-12-02 has no leader"), a, T)).isNotEmpty();
              case REVISE -> r.revise("领导出差", a, T);
            }
          });
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    net.jqwik.api.statistics.Statistics.label("final rota state").collect(r.state());
  }

  @Property(tries = 200)
  void any_booking_command_sequence_follows_the_table(
      @ForAll("choices") List<WorkflowRun.Choice> choices) {
    InMemoryReceptionRepository repo = new InMemoryReceptionRepository();
    ReceptionBooking b =
        ReceptionBooking.request(
            "RB-2026-1",
            ReceptionMode.APPOINTMENT,
            LocalDate.of(2026, 12, 1),
            "AM",
            ReceptionFixtures.A,
            IntakeFixtures.ZHANG,
            "征地补偿",
            ReceptionFixtures.OFFICE,
            T);
    WorkflowRun<ReceptionBooking, BookingState, BookingAction> run =
        new WorkflowRun<>(
            ReceptionWorkflows.BOOKING,
            b,
            ReceptionBooking::state,
            ReceptionBooking::snapshot,
            repo::save,
            () -> repo.booking("RB-2026-1").orElseThrow().snapshot());
    for (WorkflowRun.Choice ch : choices) {
      run.step(
          ch,
          List.of(BookingCommand.values()),
          c -> c.action,
          c -> {
            var a = ReceptionFixtures.OFFICE;
            switch (c) {
              case CONFIRM -> b.confirm(a, T);
              case CANCEL -> b.cancel("改期", a, T);
              case RECEIVE ->
                  b.received(
                      new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 12, 1), 3),
                      a,
                      T);
              case NO_SHOW -> b.markNoShow(a, T);
            }
          });
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    assertThat(b.matter().isPresent()).isEqualTo(b.state() == BookingState.RECEIVED);
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(15);
  }
}
