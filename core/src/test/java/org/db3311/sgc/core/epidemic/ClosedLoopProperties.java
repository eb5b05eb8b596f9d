package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;

@Implements("6.7.1.1")
class ClosedLoopProperties {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  enum Command {
    ANALYSE,
    ROUTE,
    HANDLE,
    FEEDBACK_OK,
    FEEDBACK_REWORK,
    ASSESS,
    TO_WARTIME,
    TO_PEACETIME
  }

  @Provide
  Arbitrary<List<Command>> commands() {
    return Arbitraries.of(Command.class).list().ofMaxSize(60);
  }

  /**
   * Whatever commands are tried, a case that reaches ASSESSED went through analysis, routing,
   * handling and satisfactory feedback in this order, and its state is always one of the machine's.
   */
  @Property(tries = 500, seed = "20251125")
  void an_assessed_case_went_through_every_stage_in_order(
      @ForAll("commands") List<Command> commands) {
    EpidemicControlService s =
        new EpidemicControlService(
            new InMemoryEpidemicCaseRepository(),
            new InMemoryEpidemicCommandRepository(),
            new InMemorySequenceGenerator(),
            ModePolicy.peacetime(Map.of(), UnitId.of("h")),
            ModePolicy.wartime(UnitId.of("cmd")),
            events,
            audit,
            Clock.fixed(Instant.parse("2025-11-03T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
    Actor a = Actor.of("a", "a");
    EpidemicCaseId id = s.intake(MatterId.of("m"), "c", "s", a).id();
    EpidemicCase c = null;
    for (Command cmd : commands) {
      try {
        c =
            switch (cmd) {
              case ANALYSE -> s.analyse(id, "f", a);
              case ROUTE -> s.route(id, a);
              case HANDLE -> s.handle(id, "r", a);
              case FEEDBACK_OK -> s.feedBack(id, true, "n", a);
              case FEEDBACK_REWORK -> s.feedBack(id, false, "n", a);
              case ASSESS -> s.assess(id, 80, "n", a);
              case TO_WARTIME -> {
                if (s.mode() != EpidemicMode.WARTIME) {
                  s.switchMode(EpidemicMode.WARTIME, a, "w");
                }
                yield c;
              }
              case TO_PEACETIME -> {
                if (s.mode() != EpidemicMode.PEACETIME) {
                  s.switchMode(EpidemicMode.PEACETIME, a, "p");
                }
                yield c;
              }
            };
      } catch (IllegalTransitionException refused) {
        // an illegal step changes nothing
      }
    }
    boolean closed = c != null && c.loopClosed();
    Statistics.label("loop closed").collect(closed);
    Statistics.label("loop closed")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 5.0));
    if (!closed) {
      return;
    }
    List<EpidemicCase.Action> actions =
        c.steps().stream()
            .map(EpidemicCase.Step::action)
            .filter(x -> x != EpidemicCase.Action.RECEIVE && x != EpidemicCase.Action.REROUTE)
            .toList();
    int lastRework = actions.lastIndexOf(EpidemicCase.Action.REWORK);
    List<EpidemicCase.Action> tail = actions.subList(lastRework + 1, actions.size());
    assertThat(actions.subList(0, 2))
        .containsExactly(EpidemicCase.Action.ANALYSE, EpidemicCase.Action.ROUTE);
    assertThat(tail.subList(tail.size() - 3, tail.size()))
        .containsExactly(
            EpidemicCase.Action.HANDLE, EpidemicCase.Action.FEED_BACK, EpidemicCase.Action.ASSESS);
  }
}
