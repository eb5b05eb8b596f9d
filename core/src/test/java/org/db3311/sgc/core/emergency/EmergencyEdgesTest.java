package org.db3311.sgc.core.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.RiskAssessment;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningId;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The edges of emergency command coordination (6.6.1): each grading threshold on both sides, what
 * the headquarters and each step record, progress due from the activation itself, orders named
 * once, and the use case's commands.
 */
@DisplayName("6.6.1 应急指挥协调 — edges of grading, the response record and the use case")
class EmergencyEdgesTest {

  static final Actor DUTY = Actor.of("s-9", "值班长 周");
  static final Actor LEADER = Actor.of("l-2", "副县长 钱");
  static final UnitId FIRE = UnitId.of("county.fire");
  static final String HQ = "县应急指挥部";
  static final ResponsePlan MAJOR =
      new ResponsePlan("P-MAJOR", "重大突发事件预案", EnumSet.of(IncidentGrade.I, IncidentGrade.II));
  static final ResponsePlan GENERAL =
      new ResponsePlan("P-GEN", "一般突发事件处置预案", EnumSet.of(IncidentGrade.III, IncidentGrade.IV));

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  final EmergencyServiceTest.MutableClock clock =
      new EmergencyServiceTest.MutableClock(
          Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
  final InMemoryEmergencyHeadquarters hq =
      new InMemoryEmergencyHeadquarters(HQ, List.of(MAJOR, GENERAL));
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
  final RespondToIncidentUseCase respond = service;
  final EmergencyUseCases useCases = service;

  static ImpactAssessment deaths(int n) {
    return new ImpactAssessment(n, 0, 0, false);
  }

  static ImpactAssessment injured(int n) {
    return new ImpactAssessment(0, n, 0, false);
  }

  static ImpactAssessment affected(int n) {
    return new ImpactAssessment(0, 0, n, false);
  }

  /** A grade IV incident with the general plan activated and no order yet. */
  IncidentId activated() {
    IncidentId id = service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-3", "道路塌陷", DUTY).id();
    assertThat(service.grade(id, injured(1), IncidentGrade.IV, "", DUTY))
        .isEqualTo(CommandResult.DONE);
    assertThat(service.activatePlan(id, GENERAL.id(), DUTY)).isEqualTo(CommandResult.DONE);
    return id;
  }

  @Nested
  @Implements("6.6.1.p2")
  @DisplayName("6.6.1.p2 按事件紧急或影响程度及时研判: every threshold reached at itself, not one below")
  class Grading {

    final GradingPolicy policy = GradingPolicy.defaults();

    @Test
    @DisplayName("deaths 30 / 10 / 3 reach grades I / II / III; one fewer is the next grade down")
    void deaths_thresholds() {
      assertThat(policy.suggest(deaths(30))).isEqualTo(IncidentGrade.I);
      assertThat(policy.suggest(deaths(29))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(deaths(10))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(deaths(9))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(deaths(3))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(deaths(2))).isEqualTo(IncidentGrade.IV);
    }

    @Test
    @DisplayName(
        "injured 100 / 50 / 10 reach grades I / II / III; one fewer is the next grade down")
    void injured_thresholds() {
      assertThat(policy.suggest(injured(100))).isEqualTo(IncidentGrade.I);
      assertThat(policy.suggest(injured(99))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(injured(50))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(injured(49))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(injured(10))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(injured(9))).isEqualTo(IncidentGrade.IV);
    }

    @Test
    @DisplayName(
        "people affected 10000 / 1000 / 100 reach grades I / II / III; one fewer is the next grade down")
    void affected_thresholds() {
      assertThat(policy.suggest(affected(10_000))).isEqualTo(IncidentGrade.I);
      assertThat(policy.suggest(affected(9_999))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(affected(1_000))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(affected(999))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(affected(100))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(affected(99))).isEqualTo(IncidentGrade.IV);
    }

    @Test
    @DisplayName("a spreading incident is one grade higher, and grade I stays grade I")
    void spreading_raises_one_grade() {
      assertThat(policy.suggest(new ImpactAssessment(0, 0, 0, true))).isEqualTo(IncidentGrade.III);
      assertThat(policy.suggest(new ImpactAssessment(3, 0, 0, true))).isEqualTo(IncidentGrade.II);
      assertThat(policy.suggest(new ImpactAssessment(30, 0, 0, true))).isEqualTo(IncidentGrade.I);
    }

    @Test
    @DisplayName(
        "a policy holds three falling positive thresholds per count, equal ones allowed, and is a"
            + " value that the caller's arrays cannot change afterwards")
    void the_policy_is_checked_data() {
      int[] deaths = {5, 5, 5};
      GradingPolicy equalSteps =
          new GradingPolicy(deaths, new int[] {3, 2, 1}, new int[] {3, 2, 1});
      deaths[2] = 6;
      assertThat(equalSteps.suggest(deaths(5))).isEqualTo(IncidentGrade.I);
      assertThat(equalSteps.suggest(deaths(4))).isEqualTo(IncidentGrade.IV);

      for (int[] bad :
          new int[][] {null, {3, 2}, {3, 2, 1, 0}, {2, 3, 1}, {3, 1, 2}, {3, 2, 0}, {3, 2, -1}}) {
        assertThatThrownBy(() -> new GradingPolicy(new int[] {3, 2, 1}, bad, new int[] {3, 2, 1}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("three falling positive thresholds");
      }

      GradingPolicy same =
          new GradingPolicy(
              new int[] {30, 10, 3}, new int[] {100, 50, 10}, new int[] {10_000, 1_000, 100});
      assertThat(same).isEqualTo(policy).hasSameHashCodeAs(policy);
      for (GradingPolicy other :
          List.of(
              new GradingPolicy(
                  new int[] {31, 10, 3}, new int[] {100, 50, 10}, new int[] {10_000, 1_000, 100}),
              new GradingPolicy(
                  new int[] {30, 10, 3}, new int[] {100, 50, 11}, new int[] {10_000, 1_000, 100}),
              new GradingPolicy(
                  new int[] {30, 10, 3}, new int[] {100, 50, 10}, new int[] {10_000, 1_000, 99}))) {
        assertThat(other).isNotEqualTo(policy);
      }
      assertThat(policy).isNotEqualTo("GradingPolicy");
      assertThat(policy.toString())
          .isEqualTo(
              "GradingPolicy[deaths=[30, 10, 3], injured=[100, 50, 10], affected=[10000, 1000,"
                  + " 100]]");
    }
  }

  @Nested
  @Implements("6.6.1.p1")
  @DisplayName("6.6.1.p1 及时联动县级应急指挥部 — what the activation and the response record")
  class Record {

    @Test
    @DisplayName(
        "the activation records the plan, the headquarters by name, who and when; the history says"
            + " so")
    void the_activation_names_the_headquarters() {
      IncidentId id = activated();
      Incident i = service.get(id);
      assertThat(i.activation())
          .hasValue(new Incident.Activation(GENERAL, HQ, DUTY, clock.instant()));
      assertThat(i.history().getLast().detail()).isEqualTo("plan P-GEN activated with " + HQ);
      assertThat(hq.activations()).containsExactly("P-GEN for " + id);
    }

    @Test
    @DisplayName("a plan the headquarters does not hold is refused naming both; nothing is written")
    void an_unknown_plan_names_the_headquarters() {
      IncidentId id = service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-4", "桥梁开裂", DUTY).id();
      service.grade(id, injured(1), IncidentGrade.IV, "", DUTY);
      int recorded = audit.of("Incident", id.value()).size();
      assertThatThrownBy(() -> service.activatePlan(id, "P-NONE", DUTY))
          .isInstanceOf(ResponsePlanNotFoundException.class)
          .hasMessageContaining(HQ)
          .hasMessageContaining("P-NONE");
      assertThat(service.get(id).state()).isEqualTo(Incident.State.GRADED);
      assertThat(audit.of("Incident", id.value())).hasSize(recorded);
      assertThat(hq.activations()).isEmpty();
    }

    @Test
    @DisplayName(
        "each grading is kept in order, with the suggestion, the impact and the rationale; the"
            + " last one is the grade")
    void gradings_are_kept() {
      IncidentId id = activated();
      clock.advance(Duration.ofMinutes(10));
      ImpactAssessment worse = injured(12);
      assertThat(service.grade(id, worse, IncidentGrade.III, "", DUTY))
          .isEqualTo(CommandResult.DONE);
      Incident i = service.get(id);
      assertThat(i.gradings())
          .extracting(Incident.Grading::grade)
          .containsExactly(IncidentGrade.IV, IncidentGrade.III);
      assertThat(i.gradings().getLast())
          .isEqualTo(
              new Incident.Grading(
                  IncidentGrade.III, IncidentGrade.III, worse, "", DUTY, clock.instant()));
      assertThat(i.grade()).isEqualTo(IncidentGrade.III);
    }

    @Test
    @DisplayName(
        "closing and review record the summary, when, the findings and lessons; progress reports"
            + " are kept in order")
    void closing_and_review_are_kept() {
      IncidentId id = activated();
      service.issueOrder(id, "O1", FIRE, "封闭路段", false, DUTY);
      clock.advance(Duration.ofMinutes(30));
      service.reportProgress(id, FIRE, "路段已封闭", true, DUTY);
      clock.advance(Duration.ofMinutes(30));
      service.reportProgress(id, FIRE, "抢修中", false, DUTY);
      service.completeOrder(id, "O1", "抢修完成", DUTY);
      Instant closed = clock.instant();
      assertThat(service.close(id, "道路恢复通行", DUTY)).isEqualTo(CommandResult.DONE);
      clock.advance(Duration.ofDays(1));
      service.review(id, "封闭及时", List.of("加强巡查"), LEADER);

      Incident i = service.get(id);
      assertThat(i.progress()).extracting(ProgressReport::text).containsExactly("路段已封闭", "抢修中");
      assertThat(i.closingSummary()).hasValue("道路恢复通行");
      assertThat(i.closedAt()).hasValue(closed);
      assertThat(i.review())
          .hasValue(new Incident.Review(LEADER, clock.instant(), "封闭及时", List.of("加强巡查")));
      assertThat(i.orders().getFirst().completion()).isEqualTo("抢修完成");
      assertThat(i.orders().getFirst().completedAt()).hasValue(closed);
    }
  }

  @Nested
  @Implements("6.6.1.p3")
  @DisplayName("6.6.1.p3 随时反馈事件处置进展 — progress due from the activation; orders named once")
  class Progress {

    @Test
    @DisplayName(
        "progress is due from the activation itself, before any order: a grade IV incident is"
            + " overdue after 12 hours, not at them")
    void progress_is_due_from_the_activation() {
      IncidentId id = activated();
      assertThat(service.get(id).state()).isEqualTo(Incident.State.PLAN_ACTIVATED);
      clock.advance(Duration.ofHours(12));
      assertThat(service.progressOverdue().items()).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      assertThat(service.progressOverdue().items()).extracting(Incident::id).containsExactly(id);
      assertThat(useCases.progressOverdueIncidents().items())
          .extracting(IncidentSnapshot::id)
          .containsExactly(id);
    }

    @Test
    @DisplayName("an incident only discovered or graded, or closed, owes no progress report")
    void outside_the_response_nothing_is_due() {
      IncidentId discovered =
          service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-5", "燃气泄漏", DUTY).id();
      IncidentId graded =
          service.discover(Discovery.Channel.ONLINE_REPORT, "WEB-6", "小区停水", DUTY).id();
      service.grade(graded, injured(0), IncidentGrade.IV, "", DUTY);
      IncidentId closed = activated();
      service.issueOrder(closed, "O1", FIRE, "处置", false, DUTY);
      service.reportProgress(closed, FIRE, "处置完毕", true, DUTY);
      service.completeOrder(closed, "O1", "完毕", DUTY);
      assertThat(service.close(closed, "结束", DUTY)).isEqualTo(CommandResult.DONE);

      clock.advance(Duration.ofDays(3));
      assertThat(service.progressOverdue().items()).isEmpty();
      assertThat(service.get(closed).nextProgressDue(EmergencyService.defaultCadence())).isEmpty();
      assertThat(service.get(graded).nextProgressDue(EmergencyService.defaultCadence())).isEmpty();
      assertThat(service.get(discovered).nextProgressDue(EmergencyService.defaultCadence()))
          .isEmpty();
    }

    @Test
    @DisplayName("the latest report, not the activation, sets when progress is next due")
    void the_latest_report_counts() {
      IncidentId id = activated();
      Instant activatedAt = clock.instant();
      clock.advance(Duration.ofHours(2));
      service.reportProgress(id, FIRE, "现场处置中", true, DUTY);
      assertThat(service.get(id).nextProgressDue(EmergencyService.defaultCadence()))
          .hasValue(activatedAt.plus(Duration.ofHours(14)));
    }

    @Test
    @DisplayName("an order id is used once per incident; a second order with it is refused")
    void an_order_id_is_used_once() {
      IncidentId id = activated();
      service.issueOrder(id, "O1", FIRE, "封闭路段", false, DUTY);
      int recorded = audit.of("Incident", id.value()).size();
      assertThatThrownBy(() -> service.issueOrder(id, "O1", FIRE, "再次封闭", false, DUTY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already has order O1");
      assertThat(service.issueOrder(id, "O2", FIRE, "疏导交通", false, DUTY))
          .isEqualTo(CommandResult.DONE);
      assertThat(service.get(id).orders()).extracting(Order::id).containsExactly("O1", "O2");
      assertThat(audit.of("Incident", id.value())).hasSize(recorded + 1);
    }

    @Test
    @DisplayName(
        "an arrival or completion of an order the incident does not have is refused naming it")
    void an_unknown_order_is_named() {
      IncidentId id = activated();
      service.issueOrder(id, "O1", FIRE, "封闭路段", true, DUTY);
      assertThatThrownBy(() -> service.arrivedOnSite(id, "O9", DUTY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no order O9");
      assertThatThrownBy(() -> service.completeOrder(id, "O9", "完成", DUTY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no order O9");
    }

    @Test
    @DisplayName("a completion that does not say what was done is refused; the order stays open")
    void a_completion_says_what_was_done() {
      IncidentId id = activated();
      service.issueOrder(id, "O1", FIRE, "封闭路段", false, DUTY);
      for (String blank : new String[] {null, " "}) {
        assertThat(service.completeOrder(id, "O1", blank, DUTY))
            .isEqualTo(CommandResult.refused("a completed order says what was done"));
      }
      assertThat(service.get(id).orders().getFirst().isComplete()).isFalse();
    }
  }

  @Nested
  @Implements({"6.6.1.p1", "6.6.1.p2", "6.6.1.p3"})
  @DisplayName("the use case: discover, respond and list through commands")
  class UseCase {

    @Test
    @DisplayName(
        "a system warning is discovered under its own id as the reference; ids run per year as"
            + " EM-yyyy-nnnn")
    void discovered_from_a_warning() {
      RiskAssessment assessment =
          new RiskAssessment(
              new WarningSubject(WarningSubject.Kind.PERSON, "zhang"),
              WarningLevel.ORANGE,
              List.of(new Reason("r", "6.5.2", WarningLevel.ORANGE, "多次越级上访", Map.of())),
              new TreeSet<>(Set.of(MatterId.of("331121-7"))));
      Warning warning =
          new Warning(
              WarningId.of("YJ-2026-00042"), assessment, UnitId.of("county.risk"), clock.instant());
      Incident first = service.discover(warning, "群体聚集", DUTY);
      assertThat(first.discovery().channel()).isEqualTo(Discovery.Channel.SYSTEM_WARNING);
      assertThat(first.discovery().reference()).isEqualTo("YJ-2026-00042");
      assertThat(first.id()).isEqualTo(IncidentId.of("EM-2026-0001"));
      assertThat(repo.find(first.id())).isPresent();
      assertThat(service.discover(Discovery.Channel.OFFLINE_REPORT, "TEL-1", "火情", DUTY).id())
          .isEqualTo(IncidentId.of("EM-2026-0002"));
    }

    @Test
    @DisplayName(
        "every response step through its command: the results, and the incident as stored after"
            + " each")
    void the_response_through_commands() {
      IncidentId id =
          useCases
              .discover(
                  new DiscoverIncidentUseCase.Command(
                      Discovery.Channel.ONLINE_REPORT, "WEB-9", "山体滑坡", DUTY))
              .id();
      assertThat(
              respond.grade(
                  new RespondToIncidentUseCase.Grade(
                      id, new ImpactAssessment(2, 12, 300, false), IncidentGrade.II, "多人被埋", DUTY)))
          .isEqualTo(CommandResult.DONE);
      IncidentSnapshot led =
          respond.assignLead(
              new RespondToIncidentUseCase.AssignLead(
                  id, new Leadership.LeadLeader(LEADER, "分管副县长"), DUTY));
      assertThat(led.leadership()).hasValue(new Leadership.LeadLeader(LEADER, "分管副县长"));
      assertThat(
              respond.activatePlan(
                  new RespondToIncidentUseCase.ActivatePlan(id, "P-MAJOR", LEADER)))
          .isEqualTo(CommandResult.DONE);
      assertThat(
              respond.issueOrder(
                  new RespondToIncidentUseCase.IssueOrder(id, "O1", FIRE, "搜救", true, LEADER)))
          .isEqualTo(CommandResult.DONE);
      assertThat(
              respond.completeOrder(
                  new RespondToIncidentUseCase.CompleteOrder(id, "O1", "搜救完成", LEADER)))
          .isInstanceOf(CommandResult.Refused.class);
      clock.advance(Duration.ofMinutes(20));
      IncidentSnapshot arrived =
          respond.arriveOnSite(new RespondToIncidentUseCase.ArriveOnSite(id, "O1", LEADER));
      assertThat(arrived.orders().getFirst().arrivedAt()).hasValue(clock.instant());
      IncidentSnapshot reported =
          respond.reportProgress(
              new RespondToIncidentUseCase.ReportProgress(id, FIRE, "救出 2 人", true, LEADER));
      assertThat(reported.progress())
          .containsExactly(new ProgressReport(clock.instant(), FIRE, "救出 2 人", true));
      assertThat(
              respond.completeOrder(
                  new RespondToIncidentUseCase.CompleteOrder(id, "O1", "搜救完成", LEADER)))
          .isEqualTo(CommandResult.DONE);
      assertThat(respond.close(new RespondToIncidentUseCase.Close(id, "险情解除", LEADER)))
          .isEqualTo(CommandResult.DONE);
      IncidentSnapshot reviewed =
          respond.review(new RespondToIncidentUseCase.Review(id, "预警及时", List.of("排查隐患点"), LEADER));
      assertThat(reviewed.state()).isEqualTo(Incident.State.REVIEWED);
      assertThat(reviewed.review()).map(Incident.Review::lessons).hasValue(List.of("排查隐患点"));
      assertThat(useCases.incident(id)).isEqualTo(reviewed);
      assertThat(useCases.incidents().items()).containsExactly(reviewed);
    }

    @Test
    @DisplayName(
        "a command with a blank plan, order, instruction, completion, text or summary is refused")
    void commands_need_their_words() {
      IncidentId id = IncidentId.of("EM-2026-0001");
      for (String blank : new String[] {null, "", " "}) {
        List<Runnable> commands =
            List.of(
                () -> new RespondToIncidentUseCase.ActivatePlan(id, blank, DUTY),
                () -> new RespondToIncidentUseCase.IssueOrder(id, blank, FIRE, "搜救", true, DUTY),
                () -> new RespondToIncidentUseCase.IssueOrder(id, "O1", FIRE, blank, true, DUTY),
                () -> new RespondToIncidentUseCase.ArriveOnSite(id, blank, DUTY),
                () -> new RespondToIncidentUseCase.CompleteOrder(id, blank, "完成", DUTY),
                () -> new RespondToIncidentUseCase.CompleteOrder(id, "O1", blank, DUTY),
                () -> new RespondToIncidentUseCase.ReportProgress(id, FIRE, blank, true, DUTY),
                () -> new RespondToIncidentUseCase.Close(id, blank, DUTY),
                () -> new RespondToIncidentUseCase.Review(id, blank, List.of(), DUTY));
        for (Runnable command : commands) {
          assertThatThrownBy(command::run).isInstanceOf(IllegalArgumentException.class);
        }
      }
      assertThat(new RespondToIncidentUseCase.Close(id, "结束", DUTY).summary()).isEqualTo("结束");
    }
  }
}
