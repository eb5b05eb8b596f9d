package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.7.1.2 中心应定期和按需组织工作人员开展防疫工作培训，常态化开展疫情防控应急演练: training and drills (防疫工作培训, 应急演练) are recorded
 * once held and checked for regularity against the mode switches stored by the command, across the
 * New Year.
 */
@Implements("6.7.1.2")
@DisplayName("6.7.1.2 培训与演练 — recording exercises and checking them against stored switches")
class ExerciseServiceTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor CLERK = Actor.of("s-31", "防控专员 周");

  final InMemoryExerciseLog log = new InMemoryExerciseLog();
  final InMemoryEpidemicCommandRepository commands = new InMemoryEpidemicCommandRepository();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  ExerciseService on(LocalDate day) {
    return new ExerciseService(
        log,
        commands,
        RegularityPolicy.defaults(),
        audit,
        Clock.fixed(day.atStartOfDay(ZONE).toInstant().plusSeconds(36_000), ZONE));
  }

  static Exercise training(LocalDate d) {
    return new Exercise(Exercise.Kind.TRAINING, d, "防疫知识培训", 30, "签到表 " + d, false);
  }

  static Exercise drill(LocalDate d) {
    return new Exercise(Exercise.Kind.DRILL, d, "疫情防控应急演练", 60, "照片 " + d, false);
  }

  @Test
  @DisplayName(
      "an exercise is recorded once held: today's is kept and audited, tomorrow's is refused and nothing is written")
  void recorded_once_held() {
    LocalDate today = LocalDate.of(2026, 1, 2);
    ExerciseService s = on(today);

    Exercise held = s.record(new ExerciseUseCases.RecordExercise(training(today), CLERK));

    assertThat(log.all()).containsExactly(held);
    assertThat(audit.all())
        .singleElement()
        .satisfies(
            (AuditEntry e) -> {
              assertThat(e.actor()).isEqualTo(CLERK);
              assertThat(e.aggregateType()).isEqualTo(ExerciseService.AGGREGATE);
              assertThat(e.aggregateId()).isEqualTo("TRAINING:2026-01-02");
              assertThat(e.toState()).isEqualTo("HELD");
              assertThat(e.detail()).isEqualTo("防疫知识培训");
            });
    assertThatThrownBy(
            () -> s.record(new ExerciseUseCases.RecordExercise(drill(today.plusDays(1)), CLERK)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after today");
    assertThat(log.all()).hasSize(1);
    assertThat(audit.all()).hasSize(1);
  }

  @Test
  @DisplayName(
      "the exercises of a span include both of its days, oldest first, training before a drill of the same day")
  void exercises_of_a_span() {
    List<Exercise> all =
        List.of(
            drill(LocalDate.of(2026, 1, 5)),
            training(LocalDate.of(2025, 12, 31)),
            training(LocalDate.of(2026, 1, 5)),
            training(LocalDate.of(2025, 12, 30)),
            drill(LocalDate.of(2026, 1, 6)));
    all.forEach(log::add);

    assertThat(
            on(LocalDate.of(2026, 2, 1))
                .exercises(
                    new ExerciseUseCases.Span(
                        LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5))))
        .containsExactly(all.get(1), all.get(2), all.get(0));
    assertThatThrownBy(
            () -> new ExerciseUseCases.Span(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "as needed: wartime declared by the command (as stored) on 30 December 2025 owes a training by 6 January 2026")
  void training_owed_after_a_stored_wartime_switch() {
    EpidemicCommand c = EpidemicCommand.inPeacetime();
    c.switchTo(
        new ModeSwitch(
            EpidemicMode.PEACETIME,
            EpidemicMode.WARTIME,
            LocalDate.of(2025, 12, 30).atStartOfDay(ZONE).toInstant().plusSeconds(36_000),
            CLERK,
            "县指挥部宣布战时"));
    commands.save(c);
    ExerciseUseCases.Span span =
        new ExerciseUseCases.Span(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));
    log.add(training(LocalDate.of(2025, 12, 1)));
    log.add(drill(LocalDate.of(2025, 12, 1)));

    assertThat(on(LocalDate.of(2026, 2, 1)).regularity(span))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Exercise.Kind.TRAINING);
              assertThat(f.from()).isEqualTo(LocalDate.of(2025, 12, 30));
              assertThat(f.to()).isEqualTo(LocalDate.of(2026, 1, 6));
            });

    log.add(training(LocalDate.of(2026, 1, 6)));
    assertThat(on(LocalDate.of(2026, 2, 1)).regularity(span))
        .as("a training on the last day of the week counts")
        .isEmpty();
  }

  @Test
  @DisplayName("with no switch ever stored, only the gaps are checked")
  void no_command_stored() {
    log.add(training(LocalDate.of(2026, 1, 1)));
    assertThat(
            on(LocalDate.of(2026, 6, 1))
                .regularity(
                    new ExerciseUseCases.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "a gap of exactly the interval passes and one day more is a finding, for training (92 days) and drills (183)")
  void gap_edges() {
    ExerciseRegularity check = new ExerciseRegularity(RegularityPolicy.defaults());
    LocalDate from = LocalDate.of(2025, 10, 1);
    LocalDate to = from.plusDays(183);
    List<Exercise> exact = List.of(training(from.plusDays(92)), drill(to));
    assertThat(check.check(exact, List.of(), from, to, ZONE)).isEmpty();

    List<Exercise> late = List.of(training(from.plusDays(93)), drill(to));
    assertThat(check.check(late, List.of(), from, to, ZONE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Exercise.Kind.TRAINING);
              assertThat(f.from()).isEqualTo(from);
              assertThat(f.to()).isEqualTo(from.plusDays(93));
            });
    LocalDate longer = from.plusDays(184);
    assertThat(check.check(List.of(training(from.plusDays(92))), List.of(), from, longer, ZONE))
        .as("no drill in 184 days; training 92 days either side passes")
        .extracting(RegularityFinding::kind, RegularityFinding::from, RegularityFinding::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Exercise.Kind.DRILL, from, longer));
  }

  @Test
  @DisplayName(
      "a wartime switch is judged only when its week lies in the span; a switch back to peacetime owes nothing; a training before the declaration does not count")
  void wartime_window_edges() {
    ExerciseRegularity check = new ExerciseRegularity(new RegularityPolicy(400, 400, 7));
    LocalDate from = LocalDate.of(2025, 12, 1);
    LocalDate to = LocalDate.of(2026, 1, 31);
    Instant dec30 = LocalDate.of(2025, 12, 30).atStartOfDay(ZONE).toInstant();
    ModeSwitch toWar =
        new ModeSwitch(EpidemicMode.PEACETIME, EpidemicMode.WARTIME, dec30, CLERK, "战时");
    ModeSwitch toPeace =
        new ModeSwitch(EpidemicMode.WARTIME, EpidemicMode.PEACETIME, dec30, CLERK, "平时");

    assertThat(check.check(List.of(), List.of(toPeace), from, to, ZONE)).isEmpty();
    assertThat(
            check.check(
                List.of(training(LocalDate.of(2025, 12, 29))), List.of(toWar), from, to, ZONE))
        .hasSize(1);
    assertThat(
            check.check(
                List.of(training(LocalDate.of(2025, 12, 30))), List.of(toWar), from, to, ZONE))
        .as("a training on the day of the declaration counts")
        .isEmpty();
    assertThat(
            check.check(List.of(drill(LocalDate.of(2025, 12, 31))), List.of(toWar), from, to, ZONE))
        .as("a drill is not a training")
        .hasSize(1);
    assertThat(check.check(List.of(), List.of(toWar), from, LocalDate.of(2026, 1, 5), ZONE))
        .as("the week ends after the span: not judged yet")
        .isEmpty();
    assertThat(check.check(List.of(), List.of(toWar), from, LocalDate.of(2026, 1, 6), ZONE))
        .hasSize(1);
    assertThat(check.check(List.of(), List.of(toWar), LocalDate.of(2025, 12, 31), to, ZONE))
        .as("declared before the span")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "regularity intervals are positive; an exercise names its topic, participants and evidence")
  void policy_and_exercise_bounds() {
    assertThatThrownBy(() -> new RegularityPolicy(0, 183, 7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegularityPolicy(92, 0, 7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegularityPolicy(92, 183, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RegularityPolicy(1, 1, 1).trainingAfterWartimeDays()).isEqualTo(1);
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(() -> new Exercise(Exercise.Kind.DRILL, d, " ", 1, "e", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exercise(Exercise.Kind.DRILL, d, "t", 0, "e", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Exercise(Exercise.Kind.DRILL, d, "t", 1, "e", true).participants()).isEqualTo(1);
  }
}
