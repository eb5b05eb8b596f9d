package org.db3311.sgc.core.epidemic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExerciseLog} adapter must do: keep each training and drill exactly as recorded
 * (its evidence included), in the order recorded, and never change what was already read.
 */
public abstract class ExerciseLogContract {

  private static long seq = System.nanoTime() % 100_000;

  protected abstract ExerciseLog newLog();

  private static Exercise exercise(Exercise.Kind kind, LocalDate date, boolean asNeeded) {
    return new Exercise(kind, date, "疫情防控应急演练 " + (++seq), 42, "签到表 #" + seq + "，照片 6 张", asNeeded);
  }

  @Test
  void exercises_read_back_whole_in_order_across_the_year_boundary() {
    ExerciseLog log = newLog();
    Exercise december = exercise(Exercise.Kind.TRAINING, LocalDate.of(2026, 12, 31), false);
    Exercise january = exercise(Exercise.Kind.DRILL, LocalDate.of(2027, 1, 2), true);
    Exercise backfilled = exercise(Exercise.Kind.DRILL, LocalDate.of(2026, 12, 15), false);
    log.add(december);
    log.add(january);
    log.add(backfilled);
    assertThat(log.all())
        .filteredOn(e -> List.of(december, january, backfilled).contains(e))
        .containsExactly(december, january, backfilled);
  }

  @Test
  void what_was_read_does_not_change_when_more_is_recorded() {
    ExerciseLog log = newLog();
    Exercise first = exercise(Exercise.Kind.TRAINING, LocalDate.of(2027, 1, 4), false);
    log.add(first);
    List<Exercise> read = log.all();
    int size = read.size();
    log.add(exercise(Exercise.Kind.DRILL, LocalDate.of(2027, 1, 5), false));
    assertThat(read).hasSize(size).contains(first);
    assertThat(log.all()).hasSize(size + 1);
  }
}
