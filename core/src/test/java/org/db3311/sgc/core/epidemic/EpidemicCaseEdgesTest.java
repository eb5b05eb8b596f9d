package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the closed loop of 6.7.1.1 (中心受理涉疫事件应对接建立平时、战时疫情防控机制，实现涉疫事件受理、分析、流转、处置、
 * 督办反馈、考核等全过程闭环): deadlines at the instant, the assessment's range, what each stage must record,
 * and what a mode's policy must hold.
 */
@Implements("6.7.1.1")
@DisplayName("6.7.1.1 epidemic cases — edges of deadlines, assessment and the mode policies")
class EpidemicCaseEdgesTest {

  static final Actor STAFF = Actor.of("s-30", "防控专员 孙");
  static final UnitId HEALTH = UnitId.of("county.health");
  static final UnitId COMMAND = UnitId.of("county.epidemic-command");
  static final Instant T0 = Instant.parse("2025-12-31T08:00:00Z");

  final ModePolicy peace = ModePolicy.peacetime(Map.of("隔离管控", HEALTH), HEALTH);
  final ModePolicy war = ModePolicy.wartime(COMMAND);

  EpidemicCase received() {
    return new EpidemicCase(
        EpidemicCaseId.of("YQ-2025-00001"),
        MatterId.of("331121-1"),
        "物资保供",
        "超市缺货",
        peace,
        EpidemicMode.PEACETIME,
        STAFF,
        T0);
  }

  EpidemicCase fedBack() {
    EpidemicCase c = received();
    c.analyse("保供问题", peace, EpidemicMode.PEACETIME, STAFF, T0);
    c.route(peace, EpidemicMode.PEACETIME, STAFF, T0);
    c.handle("已补货", peace, EpidemicMode.PEACETIME, STAFF, T0);
    c.feedBack(true, "满意", peace, EpidemicMode.PEACETIME, STAFF, T0);
    return c;
  }

  @Test
  @DisplayName(
      "a stage is overdue only after its deadline, not at it; an assessed case never; a category without a route goes to the default unit")
  void overdue_after_the_deadline() {
    EpidemicCase c = received();
    Instant due = T0.plus(Duration.ofDays(1));
    assertThat(c.deadline()).isEqualTo(due);
    assertThat(c.isOverdue(due)).isFalse();
    assertThat(c.isOverdue(due.plusNanos(1))).isTrue();
    c.analyse("x", peace, EpidemicMode.PEACETIME, STAFF, T0);
    c.route(peace, EpidemicMode.PEACETIME, STAFF, T0);
    assertThat(c.routedTo()).contains(HEALTH);
    assertThat(c.openStage()).contains(Stage.HANDLING);

    EpidemicCase done = fedBack();
    assertThat(done.openStage()).contains(Stage.ASSESSMENT);
    done.assess(100, "按时办结", EpidemicMode.PEACETIME, STAFF, T0);
    assertThat(done.openStage()).isEmpty();
    assertThat(done.isOverdue(T0.plus(Duration.ofDays(400)))).isFalse();
  }

  @Test
  @DisplayName("an assessment scores 0 to 100, both included, and records its basis")
  void assessment_range() {
    for (int bad : new int[] {-1, 101}) {
      EpidemicCase c = fedBack();
      assertThatThrownBy(() -> c.assess(bad, "x", EpidemicMode.PEACETIME, STAFF, T0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(c.state()).isEqualTo(EpidemicCase.State.FED_BACK);
    }
    EpidemicCase zero = fedBack();
    zero.assess(0, "未按时办结", EpidemicMode.PEACETIME, STAFF, T0);
    assertThat(zero.loopClosed()).isTrue();
    EpidemicCase blank = fedBack();
    assertThatThrownBy(() -> blank.assess(80, " ", EpidemicMode.PEACETIME, STAFF, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(blank.loopClosed()).isFalse();
  }

  @Test
  @DisplayName(
      "analysis records its findings, handling its result, feedback what supervision found; a case has a summary")
  void each_stage_records_what_it_found() {
    EpidemicCase c = received();
    assertThatThrownBy(() -> c.analyse(" ", peace, EpidemicMode.PEACETIME, STAFF, T0))
        .isInstanceOf(IllegalArgumentException.class);
    c.analyse("x", peace, EpidemicMode.PEACETIME, STAFF, T0);
    c.route(peace, EpidemicMode.PEACETIME, STAFF, T0);
    assertThatThrownBy(() -> c.handle(null, peace, EpidemicMode.PEACETIME, STAFF, T0))
        .isInstanceOf(IllegalArgumentException.class);
    c.handle("y", peace, EpidemicMode.PEACETIME, STAFF, T0);
    assertThatThrownBy(() -> c.feedBack(false, "", peace, EpidemicMode.PEACETIME, STAFF, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(c.state()).isEqualTo(EpidemicCase.State.HANDLED);
    assertThatThrownBy(
            () ->
                new EpidemicCase(
                    EpidemicCaseId.of("YQ-2025-00002"),
                    MatterId.of("331121-2"),
                    "物资保供",
                    " ",
                    peace,
                    EpidemicMode.PEACETIME,
                    STAFF,
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "re-timing: wartime never makes a deadline later, peacetime never earlier; an unchanged deadline raises no event")
  void retiming_never_moves_the_wrong_way() {
    EpidemicCase c = received();
    int events = c.pendingEvents().size();
    // the analysis is due T0 + 1 day; wartime 23 hours later allows an hour from then: T0 + 24 h
    c.retime(war, EpidemicMode.WARTIME, STAFF, T0.plus(Duration.ofHours(23)));
    assertThat(c.deadline()).isEqualTo(T0.plus(Duration.ofDays(1)));
    assertThat(c.pendingEvents()).hasSize(events);
    c.retime(war, EpidemicMode.WARTIME, STAFF, T0.plus(Duration.ofHours(2)));
    assertThat(c.deadline()).isEqualTo(T0.plus(Duration.ofHours(3)));
    assertThat(c.pendingEvents()).hasSize(events + 1);
    assertThat(c.pendingEvents().getLast().action()).isEqualTo(EpidemicCase.Action.RETIME);
    c.retime(peace, EpidemicMode.PEACETIME, STAFF, T0.plus(Duration.ofHours(4)));
    assertThat(c.deadline())
        .as("relaxed back to the peacetime limit from when the stage began")
        .isEqualTo(T0.plus(Duration.ofDays(1)));

    EpidemicCase done = fedBack();
    done.assess(90, "ok", EpidemicMode.PEACETIME, STAFF, T0);
    Instant closedDeadline = done.deadline();
    int closedEvents = done.pendingEvents().size();
    done.retime(war, EpidemicMode.WARTIME, STAFF, T0);
    assertThat(done.deadline()).isEqualTo(closedDeadline);
    assertThat(done.pendingEvents()).hasSize(closedEvents);
  }

  @Test
  @DisplayName(
      "a mode's policy has a positive limit for every stage; wartime routes every category to the command")
  void policy_bounds() {
    Map<Stage, Duration> limits = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      limits.put(s, Duration.ofHours(1));
    }
    assertThat(new ModePolicy(limits, Map.of(), HEALTH, Optional.empty()).limit(Stage.ASSESSMENT))
        .isEqualTo(Duration.ofHours(1));
    Map<Stage, Duration> zero = new EnumMap<>(limits);
    zero.put(Stage.HANDLING, Duration.ZERO);
    assertThatThrownBy(() -> new ModePolicy(zero, Map.of(), HEALTH, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    Map<Stage, Duration> negative = new EnumMap<>(limits);
    negative.put(Stage.ROUTING, Duration.ofMinutes(-1));
    assertThatThrownBy(() -> new ModePolicy(negative, Map.of(), HEALTH, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    Map<Stage, Duration> missing = new EnumMap<>(limits);
    missing.remove(Stage.ASSESSMENT);
    assertThatThrownBy(() -> new ModePolicy(missing, Map.of(), HEALTH, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(war.routeFor("隔离管控")).isEqualTo(COMMAND);
    assertThat(peace.routeFor("隔离管控")).isEqualTo(HEALTH);
    assertThat(war.limit(Stage.ROUTING)).isEqualTo(Duration.ofMinutes(30));
    assertThat(peace.limit(Stage.ASSESSMENT)).isEqualTo(Duration.ofDays(3));

    assertThatThrownBy(
            () ->
                new EpidemicControlService(
                    new InMemoryEpidemicCaseRepository(),
                    new InMemoryEpidemicCommandRepository(),
                    new InMemorySequenceGenerator(),
                    peace,
                    peace,
                    new InMemoryDomainEventPublisher(),
                    new InMemoryAuditTrail(),
                    java.time.Clock.systemUTC()))
        .as("a wartime policy that does not route all to the command")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "the use case takes each stage as a command, closes the loop and lists a case past its deadline as overdue")
  void the_loop_through_the_use_case() {
    EpidemicControlServiceTest.Clock0 clock = new EpidemicControlServiceTest.Clock0(T0);
    EpidemicControlService service =
        new EpidemicControlService(
            new InMemoryEpidemicCaseRepository(),
            new InMemoryEpidemicCommandRepository(),
            new InMemorySequenceGenerator(),
            peace,
            war,
            new InMemoryDomainEventPublisher(),
            new InMemoryAuditTrail(),
            clock);
    HandleEpidemicCaseUseCase useCase = service;
    EpidemicCaseSnapshot late =
        useCase.intake(
            new HandleEpidemicCaseUseCase.Intake(MatterId.of("331121-9"), "隔离管控", "小区封控", STAFF));
    EpidemicCaseSnapshot c =
        useCase.intake(
            new HandleEpidemicCaseUseCase.Intake(MatterId.of("331121-8"), "隔离管控", "物资短缺", STAFF));
    EpidemicCaseId id = c.id();
    useCase.advance(new HandleEpidemicCaseUseCase.Analyse(id, "需隔离", STAFF));
    assertThat(useCase.advance(new HandleEpidemicCaseUseCase.Route(id, STAFF)).routedTo())
        .contains(HEALTH);
    useCase.advance(new HandleEpidemicCaseUseCase.Handle(id, "已处置", STAFF));
    assertThat(
            useCase.advance(new HandleEpidemicCaseUseCase.FeedBack(id, true, "满意", STAFF)).state())
        .isEqualTo(EpidemicCase.State.FED_BACK);
    EpidemicCaseSnapshot closed =
        useCase.advance(new HandleEpidemicCaseUseCase.Assess(id, 95, "按时", STAFF));
    assertThat(closed.state()).isEqualTo(EpidemicCase.State.ASSESSED);
    assertThat(service.epidemicCase(id)).isEqualTo(closed);

    clock.advance(Duration.ofDays(1));
    assertThat(service.overdueCases().items()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(service.overdueCases().items())
        .extracting(EpidemicCaseSnapshot::id)
        .containsExactly(late.id());

    assertThatThrownBy(
            () -> new HandleEpidemicCaseUseCase.Intake(MatterId.of("331121-7"), " ", "x", STAFF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HandleEpidemicCaseUseCase.Assess(id, 101, "x", STAFF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HandleEpidemicCaseUseCase.Assess(id, -1, "x", STAFF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new HandleEpidemicCaseUseCase.Assess(id, 0, "x", STAFF).score()).isZero();
    assertThat(new HandleEpidemicCaseUseCase.Assess(id, 100, "x", STAFF).score()).isEqualTo(100);
  }
}
