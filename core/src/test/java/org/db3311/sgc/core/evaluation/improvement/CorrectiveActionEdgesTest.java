package org.db3311.sgc.core.evaluation.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of improvement (9.3 应根据评价结果制定纠正措施；建立改进跟踪复查机制): a figure exactly at its target, what an
 * action keeps, and the use-case entry points with their overdue lists.
 */
@Implements({"9.3.1", "9.3.3", "R9"})
@DisplayName("9.3 纠正措施与复查 — the target's edge, what an action keeps, entry points")
class CorrectiveActionEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor INSPECTOR = Actor.of("s-300", "督查 陈");
  static final Actor OWNER = Actor.of("h-1", "人社局");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final UnitId TOWN = UnitId.of("town.liandu.01");
  static final Instant WED = Instant.parse("2025-04-02T02:00:00Z");

  final InMemoryCorrectiveActionRepository repo = new InMemoryCorrectiveActionRepository();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();

  CorrectiveActionService at(Instant now) {
    return new CorrectiveActionService(
        repo,
        ids,
        new InMemoryRecheckBoard(),
        RecheckDeadlines.defaults(),
        new HolidayTableCalendar(),
        new InMemoryDomainEventPublisher(),
        new InMemoryAuditTrail(),
        Clock.fixed(now, ZONE));
  }

  @Test
  @DisplayName("9.3.1 a figure exactly at its target calls for nothing; one just below it does")
  void exactly_at_the_target() {
    Map<UnitId, Map<MetricKind, Rate>> d = new LinkedHashMap<>();
    Map<MetricKind, Rate> hrss = new EnumMap<>(MetricKind.class);
    hrss.put(MetricKind.RESPONSE_RATE, new Rate(95, 100));
    d.put(HRSS, hrss);
    Map<MetricKind, Rate> town = new EnumMap<>(MetricKind.class);
    town.put(MetricKind.RESPONSE_RATE, new Rate(9499, 10000));
    d.put(TOWN, town);
    EvaluationSheet sheet =
        new EvaluationSheet(
            Period.month(YearMonth.of(2025, 3), ZONE),
            Instant.parse("2025-03-31T16:00:00Z"),
            Map.of(MetricKind.RESPONSE_RATE, 2),
            d,
            Map.of());

    List<CorrectiveAction> raised =
        at(WED)
            .raiseFromSheet(sheet, MetricTargets.defaults(), LocalDate.of(2025, 4, 30), INSPECTOR);

    assertThat(raised).extracting(CorrectiveAction::owner).containsExactly(TOWN);
    assertThat(raised.getFirst().finding().description())
        .isEqualTo("RESPONSE_RATE 94.99 % below the target 95 %");
  }

  @Test
  @DisplayName(
      "an action keeps its measure, due date, who raised it and when, its reports and re-checks")
  void an_action_keeps_its_record() {
    CorrectiveActionService service = at(WED);
    CorrectiveAction a =
        service.raise(
            new Finding(FindingSource.INSPECTION, "检查-7", "档案未归档"),
            HRSS,
            "一周内补齐归档",
            LocalDate.of(2025, 4, 30),
            INSPECTOR);
    service.reportCorrection(a.id(), "已补齐", OWNER);
    service.recheck(a.id(), true, "抽查 10 卷，均已归档", INSPECTOR);

    CorrectiveAction stored = repo.find(a.id()).orElseThrow();
    assertThat(stored.measure()).isEqualTo("一周内补齐归档");
    assertThat(stored.due()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(stored.raisedAt()).isEqualTo(WED);
    assertThat(stored.raisedBy()).isEqualTo(INSPECTOR);
    assertThat(stored.corrections())
        .singleElement()
        .satisfies(c -> assertThat(c.account()).isEqualTo("已补齐"));
    assertThat(stored.rechecks()).singleElement().satisfies(r -> assertThat(r.passed()).isTrue());
    assertThat(stored.state()).isEqualTo(CorrectiveAction.State.VERIFIED);
  }

  @Test
  @DisplayName(
      "the use-case entry points report, re-check and read an action; overdue actions and re-checks"
          + " are listed")
  void entry_points() {
    CorrectiveActionService service = at(WED);
    CorrectiveActionSnapshot first =
        service.raise(
            new RaiseCorrectiveActionUseCase.Command(
                new Finding(FindingSource.INSPECTION, "检查-1", "窗口无人"),
                HRSS,
                "排班到岗",
                LocalDate.of(2025, 4, 7),
                INSPECTOR));
    CorrectiveActionSnapshot second =
        service.raise(
            new RaiseCorrectiveActionUseCase.Command(
                new Finding(FindingSource.INSPECTION, "检查-2", "台账缺失"),
                TOWN,
                "补建台账",
                LocalDate.of(2025, 4, 30),
                INSPECTOR));

    CorrectiveActionSnapshot reported =
        service.reportCorrection(
            new RecheckCorrectiveActionUseCase.ReportCorrection(second.id(), "已补建", OWNER));
    assertThat(reported.id()).isEqualTo(second.id());
    assertThat(reported.state()).isEqualTo(CorrectiveAction.State.CORRECTION_REPORTED);
    assertThat(reported.recheckDue())
        .as("5 working days from Wednesday 2 April 2025, past the Qingming holiday")
        .contains(LocalDate.of(2025, 4, 10));

    CorrectiveActionService later = at(Instant.parse("2025-04-11T02:00:00Z"));
    assertThat(later.overdueActions().items())
        .extracting(CorrectiveActionSnapshot::id)
        .containsExactly(first.id());
    assertThat(later.overdueRechecks().items())
        .extracting(CorrectiveActionSnapshot::id)
        .containsExactly(second.id());

    RecheckResult r =
        later.recheck(
            new RecheckCorrectiveActionUseCase.Recheck(second.id(), false, "台账不全", INSPECTOR));
    assertThat(r.round()).isEqualTo(1);
    assertThat(r.passed()).isFalse();
    assertThat(later.action(second.id()).state()).isEqualTo(CorrectiveAction.State.OPEN);
    assertThat(later.overdueRechecks().items()).isEmpty();
  }

  @Test
  @DisplayName("targets run from 0 to 100 % inclusive; anything outside is refused")
  void targets_are_percentages() {
    assertThat(
            new MetricTargets(Map.of(MetricKind.RESPONSE_RATE, BigDecimal.ZERO))
                .of(MetricKind.RESPONSE_RATE))
        .contains(BigDecimal.ZERO);
    assertThat(
            new MetricTargets(Map.of(MetricKind.RESPONSE_RATE, BigDecimal.valueOf(100)))
                .of(MetricKind.RESPONSE_RATE))
        .contains(BigDecimal.valueOf(100));
    assertThatThrownBy(
            () -> new MetricTargets(Map.of(MetricKind.RESPONSE_RATE, new BigDecimal("-0.01"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new MetricTargets(Map.of(MetricKind.RESPONSE_RATE, new BigDecimal("100.01"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Implements({"9.3.3", "R9"})
  @DisplayName(
      "a deployment's re-check period for one source keeps the others; each rule says whether it is"
          + " configured or the product default")
  void recheck_periods_per_source() {
    RecheckDeadlines d =
        RecheckDeadlines.defaults().with(FindingSource.INSPECTION, TimeLimit.workingDays(10));

    assertThat(d.ruleFor(FindingSource.HIGHER_LEVEL_SUPERVISION).limit())
        .isEqualTo(TimeLimit.workingDays(3));
    assertThat(d.ruleFor(FindingSource.INSPECTION).limit()).isEqualTo(TimeLimit.workingDays(10));
    assertThat(d.ruleFor(FindingSource.STAFF_EVALUATION).limit())
        .isEqualTo(TimeLimit.workingDays(5));
    assertThat(d.ruleFor(FindingSource.INSPECTION).basis()).isEqualTo("configured for INSPECTION");
    assertThat(d.ruleFor(FindingSource.STAFF_EVALUATION).basis()).isEqualTo("product default");
  }
}
