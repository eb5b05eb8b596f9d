package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.epidemic.EpidemicMode;
import org.db3311.sgc.core.epidemic.Exercise;
import org.db3311.sgc.core.epidemic.ExerciseUseCases;
import org.db3311.sgc.core.epidemic.RegularityFinding;
import org.db3311.sgc.core.epidemic.SwitchEpidemicModeUseCase;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.evaluation.staff.AttendanceRecord;
import org.db3311.sgc.core.evaluation.staff.AttendanceStatus;
import org.db3311.sgc.core.evaluation.staff.ConductCheck;
import org.db3311.sgc.core.evaluation.staff.ConductRule;
import org.db3311.sgc.core.evaluation.staff.StaffEvaluation;
import org.db3311.sgc.core.evaluation.staff.StaffUseCases;
import org.db3311.sgc.core.risk.MissedReport;
import org.db3311.sgc.core.risk.MissedReportMonitor;
import org.db3311.sgc.core.risk.ReportSchedule;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The records that were in core but out of the builder's reach — training and drills, missed
 * reports, staff records — used through the center like every other subdomain, across the turn of
 * the year.
 */
class CenterRecordsTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Actor OFFICER = new Actor("officer-1", "防疫专员");

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), BEIJING);
  }

  @Test
  @Implements("6.7.1.2")
  @DisplayName(
      "6.7.1.2: training and drills recorded through the center, their gaps found across 2026→2027")
  void exercises_through_the_center() {
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), at("2027-03-10T02:00:00Z")).build();
    ExerciseUseCases exercises = center.exercises();
    exercises.record(
        new ExerciseUseCases.RecordExercise(
            new Exercise(Exercise.Kind.DRILL, LocalDate.of(2027, 1, 5), "应急演练", 20, "签到表", false),
            OFFICER));
    exercises.record(
        new ExerciseUseCases.RecordExercise(
            new Exercise(
                Exercise.Kind.TRAINING, LocalDate.of(2026, 12, 20), "防疫培训", 30, "签到表", false),
            OFFICER));

    ExerciseUseCases.Span winter =
        new ExerciseUseCases.Span(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));
    assertThat(exercises.exercises(winter))
        .extracting(Exercise::date)
        .containsExactly(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5));
    assertThat(
            exercises.exercises(
                new ExerciseUseCases.Span(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))))
        .extracting(Exercise::kind)
        .containsExactly(Exercise.Kind.DRILL);

    // a quarter with its training, and wartime declared in it with no training within a week
    center
        .epidemic()
        .switchMode(new SwitchEpidemicModeUseCase.Command(EpidemicMode.WARTIME, OFFICER, "疫情"));
    List<RegularityFinding> findings =
        exercises.regularity(
            new ExerciseUseCases.Span(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31)));
    assertThat(findings)
        .extracting(RegularityFinding::kind, RegularityFinding::from)
        .containsExactly(
            // training: 20 Dec 2026 to 31 Mar 2027 is 101 days > 92
            org.assertj.core.groups.Tuple.tuple(Exercise.Kind.TRAINING, LocalDate.of(2026, 12, 20)),
            org.assertj.core.groups.Tuple.tuple(Exercise.Kind.TRAINING, LocalDate.of(2027, 3, 10)));
  }

  @Test
  @DisplayName("an exercise dated after today is refused: it is recorded once held")
  void future_exercise_refused() {
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), at("2026-12-31T15:59:59Z")).build();
    Exercise tomorrow =
        new Exercise(Exercise.Kind.DRILL, LocalDate.of(2027, 1, 1), "演练", 5, "照片", false);
    assertThatThrownBy(
            () -> center.exercises().record(new ExerciseUseCases.RecordExercise(tomorrow, OFFICER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-01-01");
    Exercise today =
        new Exercise(Exercise.Kind.DRILL, LocalDate.of(2026, 12, 31), "演练", 5, "照片", false);
    assertThat(center.exercises().record(new ExerciseUseCases.RecordExercise(today, OFFICER)))
        .isEqualTo(today);
  }

  @Test
  @Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
  @DisplayName(
      "6.4.1: missed collections and reports notified once each through the center, across the year")
  void missed_reports_through_the_center() {
    InMemoryNotifier notifier = new InMemoryNotifier(at("2027-01-06T02:00:00Z"));
    UnitId desk = UnitId.of("risk-desk");
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), at("2027-01-06T02:00:00Z"))
            .notifier(notifier)
            .reportSchedule(
                ReportSchedule.defaults(
                    BEIJING, LocalDate.of(2026, 12, 28), desk, UnitId.of("ducha")))
            .build();

    MissedReportMonitor.Sweep first = center.missedReports().sweep();
    // days 28 Dec .. 4 Jan are past their one day of grace on 6 Jan; the ISO week 2026-W53
    // (28 Dec .. 3 Jan) is past its two days of grace; December started before go-live
    assertThat(first.notified())
        .extracting(MissedReport::kind)
        .filteredOn(k -> k == ReportKind.DAILY_COLLECTION)
        .hasSize(8);
    assertThat(first.notified())
        .extracting(MissedReport::key)
        .contains("DAILY_COLLECTION:2026-12-31", "DAILY_COLLECTION:2027-01-01", "WEEKLY:2026-W53")
        .doesNotContain("MONTHLY:2026-12");
    assertThat(first.failures()).isEmpty();
    // the desk and the supervisor are each told once per missed report
    assertThat(notifier.sent()).hasSize(first.notified().size() * 2);

    assertThat(center.missedReports().sweep().notified()).isEmpty();
    assertThat(notifier.sent()).hasSize(first.notified().size() * 2);
    assertThat(center.missedReports().notified())
        .hasSameSizeAs(first.notified())
        .isSortedAccordingTo(java.util.Comparator.comparing(MissedReport::dueDate));
  }

  @Test
  @Implements("9.2.1")
  @DisplayName("9.2.1: attendance and conduct recorded through the center, evaluated over a span")
  void staff_through_the_center() {
    GovernanceCenter center =
        GovernanceCenter.builder(new DivisionCode("331121"), at("2027-01-06T02:00:00Z")).build();
    StaffUseCases staff = center.staff();
    Actor clerk = new Actor("clerk-1", "窗口人员");
    staff.record(new AttendanceRecord(clerk, LocalDate.of(2026, 12, 31), AttendanceStatus.PRESENT));
    staff.record(new AttendanceRecord(clerk, LocalDate.of(2027, 1, 4), AttendanceStatus.ABSENT));
    staff.record(
        new ConductCheck(
            clerk, LocalDate.of(2027, 1, 4), ConductRule.UNIFORM_AND_BADGE, false, "巡查"));

    List<StaffEvaluation> lines =
        staff.evaluate(
            new StaffUseCases.Span(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8)));
    assertThat(lines)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.staff()).isEqualTo(clerk);
              assertThat(e.attendance()).isEqualTo(new Rate(1, 2));
              assertThat(e.compliance()).isEqualTo(new Rate(0, 1));
              assertThat(e.breaches())
                  .extracting(ConductCheck::rule)
                  .containsExactly(ConductRule.UNIFORM_AND_BADGE);
            });
    assertThat(
            staff.evaluate(
                new StaffUseCases.Span(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 8))))
        .isEmpty();
  }
}
