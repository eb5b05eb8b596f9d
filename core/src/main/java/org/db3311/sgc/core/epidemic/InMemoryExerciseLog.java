package org.db3311.sgc.core.epidemic;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.common.InMemoryTransaction;

/**
 * Trainings and drills in memory, for tests and embedding; an exercise recorded inside an in-memory
 * unit of work that rolls back is removed again.
 */
public final class InMemoryExerciseLog implements ExerciseLog {
  private final List<Exercise> exercises = new ArrayList<>();

  @Override
  public synchronized void add(Exercise exercise) {
    exercises.add(java.util.Objects.requireNonNull(exercise, "exercise"));
    InMemoryTransaction.onRollback(() -> remove(exercise));
  }

  private synchronized void remove(Exercise exercise) {
    exercises.remove(exercise);
  }

  @Override
  public synchronized List<Exercise> all() {
    return List.copyOf(exercises);
  }
}
