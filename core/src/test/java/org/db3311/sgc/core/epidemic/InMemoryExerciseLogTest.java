package org.db3311.sgc.core.epidemic;

class InMemoryExerciseLogTest extends ExerciseLogContract {
  @Override
  protected ExerciseLog newLog() {
    return new InMemoryExerciseLog();
  }
}
