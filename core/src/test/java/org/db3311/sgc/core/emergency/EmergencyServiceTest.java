package org.db3311.sgc.core.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("6.6 应急指挥协调 — discover, grade, activate, order, report progress, close, review")
class EmergencyServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor DUTY = Actor.of("s-9", "值班长 周");
  static final Actor LEADER = Actor.of("l-2", "副县长 钱");
  static final UnitId FIRE = UnitId.of("county.fire");
  static final UnitId HEALTH = UnitId.of("county.health");
  static final ResponsePlan FLOOD_MAJOR =
      new ResponsePlan(
          "P-FLOOD-1", "防汛防台应急预案（Ⅰ/Ⅱ级响应）", EnumSet.of(IncidentGrade.I, IncidentGrade.II));
  static final ResponsePlan GENERAL =
      new ResponsePlan("P-GEN", "一般突发事件处置预案", EnumSet.of(IncidentGrade.III, IncidentGrade.IV));

  final MutableClock clock = new MutableClock(Instant.parse("2025-07-01T02:00:00Z"), ZONE);
  final InMemoryEmergencyHeadquarters hq =
      new InMemoryEmergencyHeadquarters("县应急指挥部", List.of(FLOOD_MAJOR, GENERAL));
  final InMemoryIncidentRepository repo = new InMemoryIncidentRepository();
  final EmergencyService service =
      new EmergencyService(
          repo,
          new InMemorySequenceGenerator(),
          hq,
          GradingPolicy.defaults(),
          EmergencyService.defaultCadence(),
          events,
          audit,
          clock);

  @Nested
  @Implements({"6.6.1.p2", "6.6.1.p3"})
  @DisplayName("6.6.1.p2/p3 通过上报、系统预警发现；研判；启动预案；赶赴现场；随时反馈进展")
  class Path {

    @Test
    @DisplayName("a grade IV incident from a report runs to review, every state in order")
    void full_path() {
      Incident i = service.discover(Discovery.Channel.OFFLINE_REPORT, "TEL-0701-3", "仓库起火", DUTY);
      ImpactAssessment impact = new ImpactAssessment(0, 1, 20, false);
      assertThat(service.suggestGrade(impact)).isEqualTo(IncidentGrade.IV);
      assertThat(service.grade(i.id(), impact, IncidentGrade.IV, "", DUTY))
          .isEqualTo(CommandResult.DONE);
      assertThat(service.activatePlan(i.id(), "P-GEN", DUTY)).isEqualTo(CommandResult.DONE);
      assertThat(hq.activations()).containsExactly("P-GEN for " + i.id());
      assertThat(service.issueOrder(i.id(), "O1", FIRE, "赶赴现场灭火", true, DUTY))
          .isEqualTo(CommandResult.DONE);
      clock.advance(Duration.ofMinutes(15));
      service.arrivedOnSite(i.id(), "O1", DUTY);
      service.reportProgress(i.id(), FIRE, "明火已控制", true, DUTY);
      clock.advance(Duration.ofHours(1));
      assertThat(service.completeOrder(i.id(), "O1", "明火扑灭，无人员被困", DUTY))
          .isEqualTo(CommandResult.DONE);
      assertThat(service.close(i.id(), "火灾扑灭，1 人轻伤送医", DUTY)).isEqualTo(CommandResult.DONE);
      service.review(i.id(), "响应及时；消防通道堵塞延误 5 分钟", List.of("开展消防通道专项整治"), DUTY);

      Incident done = service.get(i.id());
      assertThat(done.state()).isEqualTo(Incident.State.REVIEWED);
      assertThat(done.history())
          .extracting(Incident.Step::to)
          .containsExactly(
              Incident.State.DISCOVERED,
              Incident.State.GRADED,
              Incident.State.PLAN_ACTIVATED,
              Incident.State.RESPONDING,
              Incident.State.RESPONDING,
              Incident.State.RESPONDING,
              Incident.State.RESPONDING,
              Incident.State.CLOSED,
              Incident.State.REVIEWED);
      assertThat(done.orders().get(0).arrivedAt()).isPresent();
    }

    @Test
    @DisplayName("a system warning is a discovery channel")
    void from_warning() {
      Incident i =
          service.discover(Discovery.Channel.SYSTEM_WARNING, "YJ-2025-00012", "群体聚集预警升级", DUTY);
      assertThat(i.discovery().channel()).isEqualTo(Discovery.Channel.SYSTEM_WARNING);
      assertThat(i.discovery().reference()).isEqualTo("YJ-2025-00012");
    }

    @Test
    @DisplayName(
        "closure needs every order completed and progress reported; on-site orders need arrival")
    void closure_conditions() {
      Incident i = started(IncidentGrade.III, GENERAL);
      service.issueOrder(i.id(), "O1", HEALTH, "派出医疗队", true, DUTY);

      assertThat(service.completeOrder(i.id(), "O1", "done", DUTY))
          .isInstanceOf(CommandResult.Refused.class);
      CommandResult refused = service.close(i.id(), "结束", DUTY);
      assertThat(refused).isInstanceOf(CommandResult.Refused.class);
      assertThat(((CommandResult.Refused) refused).reasons())
          .hasSize(3)
          .anySatisfy(r -> assertThat(r).contains("O0"))
          .anySatisfy(r -> assertThat(r).contains("O1"))
          .anySatisfy(r -> assertThat(r).contains("progress"));
      assertThat(service.get(i.id()).state()).isEqualTo(Incident.State.RESPONDING);
    }

    @Test
    @DisplayName("progress is expected at the grade's cadence; an overdue report is listed")
    void progress_cadence() {
      Incident i = started(IncidentGrade.III, GENERAL);
      clock.advance(Duration.ofHours(3));
      assertThat(service.progressOverdue().items()).isEmpty();
      clock.advance(Duration.ofHours(2));
      assertThat(service.progressOverdue().items())
          .extracting(Incident::id)
          .containsExactly(i.id());
      service.reportProgress(i.id(), FIRE, "现场处置中", true, DUTY);
      assertThat(service.progressOverdue().items()).isEmpty();
    }

    @Test
    @DisplayName(
        "an incident that cannot be read is reported by the progress sweep; the others are listed")
    void one_unreadable_incident_does_not_stop_the_progress_sweep() {
      Incident bad = started(IncidentGrade.III, GENERAL);
      Incident good = started(IncidentGrade.III, GENERAL);
      IncidentRepository unreadable =
          new IncidentRepository() {
            @Override
            public void save(Incident incident) {
              repo.save(incident);
            }

            @Override
            public java.util.Optional<Incident> find(IncidentId id) {
              if (id.equals(bad.id())) {
                throw new IllegalStateException("corrupt row " + id.value());
              }
              return repo.find(id);
            }

            @Override
            public List<Incident> all() {
              throw new IllegalStateException("corrupt row " + bad.id().value());
            }

            @Override
            public List<IncidentId> ids() {
              return repo.ids();
            }
          };
      EmergencyService sweeping =
          new EmergencyService(
              unreadable,
              new InMemorySequenceGenerator(),
              hq,
              GradingPolicy.defaults(),
              EmergencyService.defaultCadence(),
              events,
              audit,
              clock);
      clock.advance(Duration.ofHours(5));

      org.db3311.sgc.core.common.SweepResult<Incident> r = sweeping.progressOverdue();

      assertThat(r.items()).extracting(Incident::id).containsExactly(good.id());
      assertThat(r.failed())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.item()).isEqualTo(bad.id().value());
                assertThat(f.reason()).contains("corrupt row");
              });
    }

    @Test
    @DisplayName(
        "the list of incidents is ordered by id; an unreadable incident is reported, the others"
            + " listed")
    void the_list_reports_an_unreadable_incident_and_goes_on() {
      Incident first = service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-1", "道路塌陷", DUTY);
      Incident second = service.discover(Discovery.Channel.SYSTEM_WARNING, "W-7", "水位超警", DUTY);
      assertThat(service.incidents().items())
          .extracting(IncidentSnapshot::id)
          .containsExactly(first.id(), second.id());

      IncidentRepository unreadable =
          new IncidentRepository() {
            @Override
            public void save(Incident incident) {
              repo.save(incident);
            }

            @Override
            public java.util.Optional<Incident> find(IncidentId id) {
              if (id.equals(first.id())) {
                throw new IllegalStateException("corrupt row " + id.value());
              }
              return repo.find(id);
            }

            @Override
            public List<Incident> all() {
              throw new IllegalStateException("corrupt row " + first.id().value());
            }

            @Override
            public List<IncidentId> ids() {
              return repo.ids();
            }
          };
      org.db3311.sgc.core.common.SweepResult<IncidentSnapshot> r =
          new EmergencyService(
                  unreadable,
                  new InMemorySequenceGenerator(),
                  hq,
                  GradingPolicy.defaults(),
                  EmergencyService.defaultCadence(),
                  events,
                  audit,
                  clock)
              .incidents();

      assertThat(r.items()).extracting(IncidentSnapshot::id).containsExactly(second.id());
      assertThat(r.failed()).extracting(f -> f.item()).containsExactly(first.id().value());
    }

    @Test
    @DisplayName("an order before the plan is activated names the state and the action")
    void illegal_transition() {
      Incident i = service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-1", "道路塌陷", DUTY);
      assertThatThrownBy(() -> service.issueOrder(i.id(), "O1", FIRE, "x", false, DUTY))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("DISCOVERED")
          .hasMessageContaining("ISSUE_ORDER");
      assertThat(Incident.WORKFLOW.terminalStates()).containsExactly(Incident.State.REVIEWED);
    }
  }

  @Nested
  @Implements({"6.6.1.p1", "6.6.1.p2"})
  @DisplayName("6.6.1.p1 如遇重大突发状况，应有相关责任领导牵头或组织工作专班入驻指导处置")
  class Major {

    @Test
    @DisplayName("a grade II plan is not activated until a lead leader or task force is in charge")
    void lead_required_for_grades_I_and_II() {
      Incident i =
          service.discover(Discovery.Channel.SYSTEM_WARNING, "YJ-2025-00003", "山洪致多人被困", DUTY);
      ImpactAssessment impact = new ImpactAssessment(2, 12, 800, true);
      assertThat(service.suggestGrade(impact)).isEqualTo(IncidentGrade.II);
      service.grade(i.id(), impact, IncidentGrade.II, "", DUTY);

      CommandResult refused = service.activatePlan(i.id(), "P-FLOOD-1", DUTY);
      assertThat(refused).isInstanceOf(CommandResult.Refused.class);
      assertThat(((CommandResult.Refused) refused).reasons())
          .singleElement()
          .asString()
          .contains("task force");
      assertThat(hq.activations()).isEmpty();

      service.assignLead(i.id(), new Leadership.TaskForce("防汛工作专班", LEADER, List.of(DUTY)), DUTY);
      assertThat(service.activatePlan(i.id(), "P-FLOOD-1", LEADER)).isEqualTo(CommandResult.DONE);
      assertThat(service.get(i.id()).leadership())
          .get()
          .extracting(Leadership::head)
          .isEqualTo(LEADER);
    }

    @Test
    @DisplayName(
        "re-grading upward during the response stops new orders until a leader is assigned")
    void regrade_upward() {
      Incident i = started(IncidentGrade.III, GENERAL);
      service.grade(i.id(), new ImpactAssessment(12, 0, 0, false), IncidentGrade.II, "", DUTY);

      assertThat(service.issueOrder(i.id(), "O2", FIRE, "增援", true, DUTY))
          .isInstanceOf(CommandResult.Refused.class);
      service.assignLead(i.id(), new Leadership.LeadLeader(LEADER, "分管副县长"), DUTY);
      assertThat(service.issueOrder(i.id(), "O2", FIRE, "增援", true, DUTY))
          .isEqualTo(CommandResult.DONE);
    }

    @Test
    @DisplayName("a plan must cover the grade; a grade other than the suggestion needs a reason")
    void plan_and_grade_checks() {
      Incident i = service.discover(Discovery.Channel.OFFLINE_REPORT, "R-1", "化工厂泄漏", DUTY);
      ImpactAssessment impact = new ImpactAssessment(0, 0, 50, false);
      assertThat(service.grade(i.id(), impact, IncidentGrade.III, "", DUTY))
          .isInstanceOf(CommandResult.Refused.class);
      assertThat(service.grade(i.id(), impact, IncidentGrade.III, "危化品，周边有学校", DUTY))
          .isEqualTo(CommandResult.DONE);
      assertThat(service.activatePlan(i.id(), "P-FLOOD-1", DUTY))
          .isInstanceOf(CommandResult.Refused.class);
    }
  }

  Incident started(IncidentGrade grade, ResponsePlan plan) {
    Incident i = service.discover(Discovery.Channel.OFFLINE_REPORT, "R-" + grade, "事件", DUTY);
    ImpactAssessment impact =
        grade == IncidentGrade.III
            ? new ImpactAssessment(3, 0, 0, false)
            : new ImpactAssessment(0, 0, 0, false);
    service.grade(i.id(), impact, grade, "", DUTY);
    assertThat(service.activatePlan(i.id(), plan.id(), DUTY)).isEqualTo(CommandResult.DONE);
    assertThat(service.issueOrder(i.id(), "O0", FIRE, "处置", false, DUTY))
        .isEqualTo(CommandResult.DONE);
    return i;
  }

  static final class MutableClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    MutableClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  @Implements("6.6.1.p1")
  @DisplayName("every change of an incident is audited and published; a refusal records nothing")
  void every_change_is_recorded() {
    Incident i = service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-7", "山洪", DUTY);
    service.grade(i.id(), new ImpactAssessment(12, 0, 0, false), IncidentGrade.II, "", DUTY);
    assertThat(service.activatePlan(i.id(), "P-FLOOD-1", DUTY))
        .isInstanceOf(CommandResult.Refused.class);
    clock.advance(Duration.ofMinutes(5));
    service.assignLead(i.id(), new Leadership.LeadLeader(LEADER, "分管副县长"), DUTY);
    service.activatePlan(i.id(), "P-FLOOD-1", LEADER);

    List<IncidentEvent> recorded = RecordedChanges.of(events, audit, IncidentEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "DISCOVER -→DISCOVERED",
            "GRADE DISCOVERED→GRADED",
            "ASSIGN_LEAD GRADED→GRADED",
            "ACTIVATE_PLAN GRADED→PLAN_ACTIVATED");
    assertThat(recorded.getFirst().detail()).contains("ONLINE_REPORT", "WEB-7");
    assertThat(recorded.getLast().actor()).isEqualTo(LEADER);
    assertThat(recorded.getLast().occurredAt()).isEqualTo(clock.instant());
    assertThat(audit.of("Incident", i.id().value())).hasSize(4);
  }

  @Test
  @Implements("6.6.1.p3")
  @DisplayName(
      "an incident in response survives a restart: a new service on a repository rebuilt from snapshots carries on")
  void survives_a_restart() {
    Incident i = service.discover(Discovery.Channel.OFFLINE_REPORT, "TEL-0701-9", "仓库起火", DUTY);
    ImpactAssessment impact = new ImpactAssessment(0, 1, 20, false);
    service.grade(i.id(), impact, IncidentGrade.IV, "", DUTY);
    service.activatePlan(i.id(), "P-GEN", DUTY);
    service.issueOrder(i.id(), "O1", FIRE, "赶赴现场灭火", true, DUTY);
    IncidentSnapshot before = repo.find(i.id()).orElseThrow().snapshot();

    InMemoryIncidentRepository restarted = new InMemoryIncidentRepository();
    restarted.save(Incident.fromSnapshot(before, org.db3311.sgc.core.common.Version.NEW));
    EmergencyService after =
        new EmergencyService(
            restarted,
            new InMemorySequenceGenerator(),
            hq,
            GradingPolicy.defaults(),
            EmergencyService.defaultCadence(),
            events,
            audit,
            clock);

    assertThat(restarted.find(i.id()).orElseThrow().snapshot()).isEqualTo(before);
    assertThat(after.completeOrder(i.id(), "O1", "done", DUTY))
        .as("the on-site order still waits for its arrival after the restart")
        .isInstanceOf(CommandResult.Refused.class);
    after.arrivedOnSite(i.id(), "O1", DUTY);
    assertThat(after.completeOrder(i.id(), "O1", "明火扑灭", DUTY)).isEqualTo(CommandResult.DONE);
    assertThatThrownBy(() -> after.get(IncidentId.of("EM-2025-9999")))
        .isInstanceOf(IncidentNotFoundException.class)
        .hasMessageContaining("EM-2025-9999");
    assertThatThrownBy(() -> after.activatePlan(i.id(), "P-NONE", DUTY))
        .isInstanceOf(ResponsePlanNotFoundException.class);
  }

  @Test
  @Implements("6.6.1.p2")
  @DisplayName("the discover use case takes a validated command and returns the incident as stored")
  void discover_use_case() {
    DiscoverIncidentUseCase useCase = service;
    IncidentSnapshot found =
        useCase.discover(
            new DiscoverIncidentUseCase.Command(
                Discovery.Channel.ONLINE_REPORT, "WEB-1", "道路塌陷", DUTY));
    assertThat(repo.find(found.id()).orElseThrow().snapshot()).isEqualTo(found);
    assertThatThrownBy(
            () ->
                new DiscoverIncidentUseCase.Command(Discovery.Channel.ONLINE_REPORT, "", "x", DUTY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
