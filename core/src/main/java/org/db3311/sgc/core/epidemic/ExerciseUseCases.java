package org.db3311.sgc.core.epidemic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port of training and drills (防疫工作培训, 疫情防控应急演练; 6.7.1.2): record what was held, read it
 * back, and check its regularity over a span of days; {@link ExerciseService} implements it.
 */
public interface ExerciseUseCases {

  /** Records an exercise held, by whom it was entered. */
  record RecordExercise(Exercise exercise, Actor by) {
    public RecordExercise {
      Objects.requireNonNull(exercise, "exercise");
      Objects.requireNonNull(by, "by");
    }
  }

  /** A span of days, both included. */
  record Span(LocalDate from, LocalDate to) {
    public Span {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("a span ends on or after its first day");
      }
    }
  }

  /**
   * Keeps the exercise.
   *
   * @throws IllegalArgumentException when it is dated after today
   */
  Exercise record(RecordExercise command);

  /** The exercises held in the span, oldest first. */
  List<Exercise> exercises(Span span);

  /** Each gap in training or drills over the span, and each missing as-needed training. */
  List<RegularityFinding> regularity(Span span);
}
