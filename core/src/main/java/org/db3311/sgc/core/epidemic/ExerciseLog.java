package org.db3311.sgc.core.epidemic;

import java.util.List;

/** Outgoing port: the record of trainings and drills. */
public interface ExerciseLog {
  void add(Exercise exercise);

  List<Exercise> all();
}
