package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.epidemic.Exercise;
import org.db3311.sgc.core.epidemic.ExerciseLog;

/**
 * The record of trainings and drills, in table {@code exercise}: append only, in recording order.
 */
public final class JpaExerciseLog implements ExerciseLog {

  private final JpaUnitOfWork unitOfWork;

  public JpaExerciseLog(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void add(Exercise exercise) {
    ExerciseEntity row = AnalysisMapper.INSTANCE.toEntity(exercise);
    row.document = SnapshotCodec.write(exercise);
    unitOfWork.with(
        em -> {
          em.persist(row);
          return null;
        });
  }

  @Override
  public List<Exercise> all() {
    return unitOfWork.with(
        em ->
            Jpql.list(em, "select r.document from ExerciseEntity r order by r.entry", String.class)
                .stream()
                .map(d -> SnapshotCodec.read(d, Exercise.class))
                .toList());
  }
}
