package org.db3311.sgc.core.epidemic;

import java.util.ArrayList;
import java.util.List;

/** Trainings and drills in memory, for tests and embedding. */
public final class InMemoryExerciseLog implements ExerciseLog {
  private final List<Exercise> exercises = new ArrayList<>();

  @Override
  public synchronized void add(Exercise exercise) {
    exercises.add(exercise);
  }

  @Override
  public synchronized List<Exercise> all() {
    return List.copyOf(exercises);
  }
}
