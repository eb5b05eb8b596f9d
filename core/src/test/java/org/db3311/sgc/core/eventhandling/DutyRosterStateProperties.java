package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.WorkflowRun;

/**
 * No sequence of commands leaves a duty roster in a state its machine does not define; an illegal
 * command fails naming state and action and changes nothing; a roster refused publication stays the
 * draft it was; a shift assigned over others never leaves two leaders at once.
 */
@Implements("6.3.1.2")
class DutyRosterStateProperties {

  private static final Instant T = Instant.parse("2026-12-03T02:00:00Z");
  private static final YearMonth JAN = YearMonth.of(2027, 1);
  private static final Actor OFFICE = Actor.of("duty-office", "值班室");
  private static final DutyLeader A = new DutyLeader("l-a", "县领导甲");
  private static final DutyLeader B = new DutyLeader("l-b", "县领导乙");

  enum Command {
    ASSIGN_SHIFT(DutyRosterAction.ASSIGN_SHIFT),
    SET_FALLBACK(DutyRosterAction.SET_FALLBACK),
    PUBLISH(DutyRosterAction.PUBLISH),
    PUBLISH_WITH_FINDINGS(DutyRosterAction.PUBLISH),
    REVISE(DutyRosterAction.REVISE);

    final DutyRosterAction action;

    Command(DutyRosterAction action) {
      this.action = action;
    }
  }

  @Property(tries = 300)
  void any_command_sequence_follows_the_table(@ForAll("choices") List<WorkflowRun.Choice> choices) {
    InMemoryDutyRosterRepository repo = new InMemoryDutyRosterRepository();
    DutyRoster r =
        DutyRoster.plan(
            DutyRosterId.of(JAN),
            new DutyRosterPlanner().plan(JAN, List.of(A, B), LocalTime.of(8, 0)),
            B,
            OFFICE,
            T);
    WorkflowRun<DutyRoster, DutyRosterState, DutyRosterAction> run =
        new WorkflowRun<>(
            DutyRosterWorkflow.TABLE,
            r,
            DutyRoster::state,
            DutyRoster::snapshot,
            repo::save,
            () -> repo.find(DutyRosterId.of(JAN)).orElseThrow().snapshot());
    int[] n = {0};
    for (WorkflowRun.Choice ch : choices) {
      run.step(
          ch,
          List.of(Command.values()),
          c -> c.action,
          c -> {
            switch (c) {
              case ASSIGN_SHIFT -> {
                LocalDateTime start = JAN.atDay(1).atStartOfDay().plusMinutes(90L * (n[0]++ % 400));
                r.assignShift(new DutyShift(start, start.plusHours(5), A), OFFICE, T);
              }
              case SET_FALLBACK -> r.setFallback(A, OFFICE, T);
              case PUBLISH ->
                  r.publish(new EveryHourCoveredRule().check(JAN, r.shifts()), OFFICE, T);
              case PUBLISH_WITH_FINDINGS ->
                  assertThat(r.publish(List.of("2027-01-02T00:00–2027-01-02T01:00"), OFFICE, T))
                      .isNotEmpty();
              case REVISE -> r.revise("领导出差", OFFICE, T);
            }
          });
    }
    assertThat(run.changes() + run.refusals()).isEqualTo(choices.size());
    assertThat(new EveryHourCoveredRule().check(JAN, r.shifts())).isEmpty();
  }

  @Provide
  Arbitrary<List<WorkflowRun.Choice>> choices() {
    return WorkflowRun.choices(30);
  }
}
