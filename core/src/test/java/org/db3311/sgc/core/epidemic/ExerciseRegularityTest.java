package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.7.1.2")
@DisplayName("6.7.1.2 定期和按需开展防疫工作培训，常态化开展疫情防控应急演练")
class ExerciseRegularityTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
  static final LocalDate DEC31 = LocalDate.of(2025, 12, 31);

  static Exercise training(LocalDate d) {
    return new Exercise(Exercise.Kind.TRAINING, d, "防疫知识培训", 30, "签到表 " + d, false);
  }

  static Exercise drill(LocalDate d) {
    return new Exercise(Exercise.Kind.DRILL, d, "疫情防控应急演练", 60, "照片 " + d, false);
  }

  final ExerciseRegularity check = new ExerciseRegularity(RegularityPolicy.defaults());

  @Test
  @DisplayName("quarterly training and half-yearly drills over a year pass")
  void regular_year() {
    List<Exercise> log =
        List.of(
            training(LocalDate.of(2025, 2, 10)),
            training(LocalDate.of(2025, 5, 10)),
            training(LocalDate.of(2025, 8, 5)),
            training(LocalDate.of(2025, 11, 1)),
            drill(LocalDate.of(2025, 4, 20)),
            drill(LocalDate.of(2025, 10, 15)));

    assertThat(check.check(log, List.of(), JAN1, DEC31, ZONE)).isEmpty();
  }

  @Test
  @DisplayName("every gap beyond the interval is found, including to the end of the span")
  void gaps_found() {
    List<Exercise> log =
        List.of(
            training(LocalDate.of(2025, 2, 10)),
            training(LocalDate.of(2025, 9, 1)),
            drill(LocalDate.of(2025, 3, 1)));

    List<RegularityFinding> findings = check.check(log, List.of(), JAN1, DEC31, ZONE);

    assertThat(findings)
        .extracting(RegularityFinding::kind, RegularityFinding::from, RegularityFinding::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Exercise.Kind.TRAINING, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 9, 1)),
            org.assertj.core.groups.Tuple.tuple(
                Exercise.Kind.TRAINING, LocalDate.of(2025, 9, 1), DEC31),
            org.assertj.core.groups.Tuple.tuple(
                Exercise.Kind.DRILL, LocalDate.of(2025, 3, 1), DEC31));
  }

  @Test
  @DisplayName("as needed: wartime declared without a training within a week is a finding")
  void training_after_wartime() {
    ModeSwitch war =
        new ModeSwitch(
            EpidemicMode.PEACETIME,
            EpidemicMode.WARTIME,
            Instant.parse("2025-06-01T02:00:00Z"),
            Actor.of("l", "指挥长"),
            "疫情输入");
    List<Exercise> regular =
        List.of(
            training(LocalDate.of(2025, 2, 10)),
            training(LocalDate.of(2025, 5, 10)),
            training(LocalDate.of(2025, 8, 5)),
            training(LocalDate.of(2025, 11, 1)),
            drill(LocalDate.of(2025, 4, 20)),
            drill(LocalDate.of(2025, 10, 15)));

    assertThat(check.check(regular, List.of(war), JAN1, DEC31, ZONE))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("wartime"));
    List<Exercise> withAsNeeded = new java.util.ArrayList<>(regular);
    withAsNeeded.add(
        new Exercise(Exercise.Kind.TRAINING, LocalDate.of(2025, 6, 3), "战时流程培训", 40, "签到表", true));
    assertThat(check.check(withAsNeeded, List.of(war), JAN1, DEC31, ZONE)).isEmpty();
  }

  @Test
  @DisplayName("an exercise is recorded with its evidence")
  void evidence_required() {
    assertThatThrownBy(() -> new Exercise(Exercise.Kind.DRILL, JAN1, "演练", 10, " ", false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
