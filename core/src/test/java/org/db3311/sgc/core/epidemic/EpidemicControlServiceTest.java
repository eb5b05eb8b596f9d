package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.7.1.1")
@DisplayName("6.7.1.1 平时、战时疫情防控机制；受理、分析、流转、处置、督办反馈、考核全过程闭环")
class EpidemicControlServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor STAFF = Actor.of("s-30", "防控专员 孙");
  static final UnitId HEALTH = UnitId.of("county.health");
  static final UnitId MARKET = UnitId.of("county.market");
  static final UnitId COMMAND = UnitId.of("county.epidemic-command");

  final Clock0 clock = new Clock0(Instant.parse("2025-11-03T01:00:00Z"));
  final InMemoryEpidemicCaseRepository repo = new InMemoryEpidemicCaseRepository();
  final InMemoryEpidemicCommandRepository commandRepo = new InMemoryEpidemicCommandRepository();
  final EpidemicControlService service =
      new EpidemicControlService(
          repo,
          commandRepo,
          new InMemorySequenceGenerator(),
          ModePolicy.peacetime(Map.of("隔离管控", HEALTH, "物资保供", MARKET), HEALTH),
          ModePolicy.wartime(COMMAND),
          events,
          audit,
          clock);

  EpidemicCase intake(String category) {
    return service.intake(
        MatterId.of("331121-" + category), category, "群众反映" + category + "问题", STAFF);
  }

  @Test
  @DisplayName("a matter goes through every stage of the loop in order and only then is closed")
  void the_closed_loop() {
    EpidemicCase c = intake("物资保供");
    service.analyse(c.id(), "超市缺货，属保供问题", STAFF);
    service.route(c.id(), STAFF);
    assertThat(repo.find(c.id()).orElseThrow().routedTo()).contains(MARKET);
    service.handle(c.id(), "已协调补货", STAFF);
    service.feedBack(c.id(), false, "回访群众称仍缺货", STAFF);
    assertThat(repo.find(c.id()).orElseThrow().state()).isEqualTo(EpidemicCase.State.ROUTED);
    service.handle(c.id(), "增设临时供应点", STAFF);
    service.feedBack(c.id(), true, "回访满意", STAFF);
    service.assess(c.id(), 92, "按时办结", STAFF);

    EpidemicCase done = repo.find(c.id()).orElseThrow();
    assertThat(done.loopClosed()).isTrue();
    assertThat(done.steps())
        .extracting(EpidemicCase.Step::action)
        .containsExactly(
            EpidemicCase.Action.RECEIVE,
            EpidemicCase.Action.ANALYSE,
            EpidemicCase.Action.ROUTE,
            EpidemicCase.Action.HANDLE,
            EpidemicCase.Action.REWORK,
            EpidemicCase.Action.HANDLE,
            EpidemicCase.Action.FEED_BACK,
            EpidemicCase.Action.ASSESS);
  }

  @Test
  @DisplayName("no stage can be skipped: routing before analysis, assessment before feedback fail")
  void no_skipping() {
    EpidemicCase c = intake("隔离管控");
    assertThatThrownBy(() -> service.route(c.id(), STAFF))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("RECEIVED")
        .hasMessageContaining("ROUTE");
    service.analyse(c.id(), "x", STAFF);
    service.route(c.id(), STAFF);
    service.handle(c.id(), "y", STAFF);
    assertThatThrownBy(() -> service.assess(c.id(), 80, "z", STAFF))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("HANDLED");
    assertThat(EpidemicCase.WORKFLOW.terminalStates()).containsExactly(EpidemicCase.State.ASSESSED);
  }

  @Test
  @DisplayName(
      "declaring wartime shortens every open deadline and routes matters in handling to the command")
  void wartime_changes_limits_and_routing() {
    EpidemicCase received = intake("物资保供");
    EpidemicCase routed = intake("隔离管控");
    service.analyse(routed.id(), "需隔离", STAFF);
    service.route(routed.id(), STAFF);
    assertThat(repo.find(routed.id()).orElseThrow().routedTo()).contains(HEALTH);
    Instant peacetimeDeadline = repo.find(routed.id()).orElseThrow().deadline();
    assertThat(peacetimeDeadline).isEqualTo(clock.instant().plus(Duration.ofDays(5)));

    clock.advance(Duration.ofHours(2));
    service.switchMode(EpidemicMode.WARTIME, STAFF, "县指挥部启动战时机制");

    EpidemicCase r = repo.find(routed.id()).orElseThrow();
    assertThat(r.routedTo()).contains(COMMAND);
    assertThat(r.deadline()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    assertThat(repo.find(received.id()).orElseThrow().deadline())
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    EpidemicCase fresh = intake("物资保供");
    service.analyse(fresh.id(), "x", STAFF);
    assertThat(service.route(fresh.id(), STAFF).routedTo()).contains(COMMAND);

    clock.advance(Duration.ofHours(2));
    assertThat(service.overdue().items()).extracting(EpidemicCase::id).contains(received.id());

    service.switchMode(EpidemicMode.PEACETIME, STAFF, "解除战时状态");
    assertThat(repo.find(routed.id()).orElseThrow().deadline()).isEqualTo(peacetimeDeadline);
    assertThat(service.switches()).hasSize(2);
  }

  EpidemicControlService serviceOn(EpidemicCaseRepository cases, EpidemicCommandRepository cmd) {
    return new EpidemicControlService(
        cases,
        cmd,
        new InMemorySequenceGenerator(),
        ModePolicy.peacetime(Map.of("隔离管控", HEALTH, "物资保供", MARKET), HEALTH),
        ModePolicy.wartime(COMMAND),
        events,
        audit,
        clock);
  }

  @Test
  @DisplayName(
      "the mode in force and every case survive a restart: a new service on repositories rebuilt from snapshots works in wartime")
  void survives_a_restart() {
    EpidemicCase c = intake("隔离管控");
    service.analyse(c.id(), "需隔离", STAFF);
    service.switchMode(EpidemicMode.WARTIME, STAFF, "县指挥部启动战时机制");

    InMemoryEpidemicCaseRepository cases = new InMemoryEpidemicCaseRepository();
    EpidemicCaseSnapshot before = repo.find(c.id()).orElseThrow().snapshot();
    cases.save(EpidemicCase.fromSnapshot(before, org.db3311.sgc.core.common.Version.NEW));
    InMemoryEpidemicCommandRepository cmd = new InMemoryEpidemicCommandRepository();
    cmd.save(
        EpidemicCommand.fromSnapshot(
            commandRepo.find().orElseThrow().snapshot(), org.db3311.sgc.core.common.Version.NEW));
    EpidemicControlService restarted = serviceOn(cases, cmd);

    assertThat(restarted.mode()).isEqualTo(EpidemicMode.WARTIME);
    assertThat(restarted.switches()).hasSize(1);
    assertThat(cases.find(c.id()).orElseThrow().snapshot()).isEqualTo(before);
    assertThat(restarted.route(c.id(), STAFF).routedTo())
        .as("routed by the wartime policy after the restart")
        .contains(COMMAND);
    assertThat(serviceOn(repo, commandRepo).mode())
        .as("a second instance on the same store sees the same mode")
        .isEqualTo(EpidemicMode.WARTIME);
  }

  @Test
  @DisplayName("switching to the mode already in force is refused; an unknown case is not found")
  void no_switch_to_the_same_mode_and_unknown_case() {
    assertThatThrownBy(() -> service.switchMode(EpidemicMode.PEACETIME, STAFF, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.analyse(EpidemicCaseId.of("YQ-2025-99999"), "x", STAFF))
        .isInstanceOf(EpidemicCaseNotFoundException.class)
        .hasMessageContaining("YQ-2025-99999");
  }

  @Test
  @DisplayName(
      "a case that cannot be re-timed at a mode switch is reported; the other open cases are re-timed")
  void one_bad_case_does_not_stop_the_switch() {
    EpidemicCase bad = intake("隔离管控");
    EpidemicCase good = intake("物资保供");
    EpidemicCaseRepository failing =
        new EpidemicCaseRepository() {
          @Override
          public void save(EpidemicCase c) {
            if (c.id().equals(bad.id())) {
              throw new IllegalStateException("connection reset");
            }
            repo.save(c);
          }

          @Override
          public java.util.Optional<EpidemicCase> find(EpidemicCaseId id) {
            return repo.find(id);
          }

          @Override
          public List<EpidemicCase> all() {
            return repo.all();
          }

          @Override
          public List<EpidemicCaseId> ids() {
            return repo.ids();
          }
        };
    clock.advance(Duration.ofHours(2));

    ModeSwitchResult r =
        serviceOn(failing, commandRepo).switchMode(EpidemicMode.WARTIME, STAFF, "战时");

    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.item()).isEqualTo(bad.id().value());
              assertThat(f.reason()).contains("connection reset");
            });
    assertThat(repo.find(good.id()).orElseThrow().deadline())
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(service.mode()).isEqualTo(EpidemicMode.WARTIME);
  }

  /** A store in which one case's row cannot be read: reading it, or reading all, fails. */
  EpidemicCaseRepository unreadable(EpidemicCaseId bad) {
    return new EpidemicCaseRepository() {
      @Override
      public void save(EpidemicCase c) {
        repo.save(c);
      }

      @Override
      public java.util.Optional<EpidemicCase> find(EpidemicCaseId id) {
        if (id.equals(bad)) {
          throw new IllegalStateException("corrupt row " + id.value());
        }
        return repo.find(id);
      }

      @Override
      public List<EpidemicCase> all() {
        throw new IllegalStateException("corrupt row " + bad.value());
      }

      @Override
      public List<EpidemicCaseId> ids() {
        return repo.ids();
      }
    };
  }

  @Test
  @DisplayName(
      "a case that cannot be read is reported by the overdue sweep; the other overdue cases are listed")
  void one_unreadable_case_does_not_stop_the_overdue_sweep() {
    EpidemicCase bad = intake("隔离管控");
    EpidemicCase good = intake("物资保供");
    clock.advance(Duration.ofDays(30));

    org.db3311.sgc.core.common.SweepResult<EpidemicCase> r =
        serviceOn(unreadable(bad.id()), commandRepo).overdue();

    assertThat(r.items()).extracting(EpidemicCase::id).containsExactly(good.id());
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.item()).isEqualTo(bad.id().value());
              assertThat(f.reason()).contains("corrupt row");
            });
    assertThat(r.complete()).isFalse();
  }

  @Test
  @DisplayName(
      "every case is listed by id; a case that cannot be read is reported, the others listed")
  void the_list_reports_an_unreadable_case_and_goes_on() {
    EpidemicCase bad = intake("隔离管控");
    EpidemicCase good = intake("物资保供");
    assertThat(service.epidemicCases().items())
        .extracting(EpidemicCaseSnapshot::id)
        .containsExactly(bad.id(), good.id());

    org.db3311.sgc.core.common.SweepResult<EpidemicCaseSnapshot> r =
        serviceOn(unreadable(bad.id()), commandRepo).epidemicCases();

    assertThat(r.items()).extracting(EpidemicCaseSnapshot::id).containsExactly(good.id());
    assertThat(r.failed()).extracting(f -> f.item()).containsExactly(bad.id().value());
  }

  @Test
  @DisplayName(
      "a case that cannot be read at a mode switch is reported; the other open cases are re-timed")
  void one_unreadable_case_does_not_stop_the_switch() {
    EpidemicCase bad = intake("隔离管控");
    EpidemicCase good = intake("物资保供");
    clock.advance(Duration.ofHours(2));

    ModeSwitchResult r =
        serviceOn(unreadable(bad.id()), commandRepo).switchMode(EpidemicMode.WARTIME, STAFF, "战时");

    assertThat(r.failed()).extracting(f -> f.item()).containsExactly(bad.id().value());
    assertThat(repo.find(good.id()).orElseThrow().deadline())
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
  }

  static final class Clock0 extends Clock {
    private Instant now;

    Clock0(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  @DisplayName("every step, mode switch and re-timing is audited and published")
  void every_change_is_recorded() {
    EpidemicCase c = intake("物资保供");
    service.analyse(c.id(), "保供问题", STAFF);
    service.route(c.id(), STAFF);
    clock.advance(Duration.ofHours(1));
    service.switchMode(EpidemicMode.WARTIME, STAFF, "县指挥部宣布进入战时状态");

    List<EpidemicCaseEvent> recorded = RecordedChanges.of(events, audit, EpidemicCaseEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "RECEIVE -→RECEIVED",
            "ANALYSE RECEIVED→ANALYSED",
            "ROUTE ANALYSED→ROUTED",
            "RETIME ROUTED→ROUTED",
            "REROUTE ROUTED→ROUTED");
    assertThat(recorded.getLast().mode()).isEqualTo(EpidemicMode.WARTIME);
    assertThat(recorded.get(3).detail()).contains("HANDLING", "WARTIME");
    assertThat(events.published(EpidemicModeSwitched.class))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.fromStateName()).contains("PEACETIME");
              assertThat(s.toStateName()).isEqualTo("WARTIME");
              assertThat(s.actor()).isEqualTo(STAFF);
            });
    assertThat(audit.of("EpidemicMode", EpidemicModeSwitched.COMMAND)).hasSize(1);
  }

  @Test
  @DisplayName("the switch use case takes a validated command: a switch says why")
  void switch_use_case() {
    SwitchEpidemicModeUseCase useCase = service;
    assertThat(
            useCase
                .switchMode(
                    new SwitchEpidemicModeUseCase.Command(EpidemicMode.WARTIME, STAFF, "战时"))
                .change()
                .to())
        .isEqualTo(EpidemicMode.WARTIME);
    assertThatThrownBy(
            () -> new SwitchEpidemicModeUseCase.Command(EpidemicMode.PEACETIME, STAFF, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
