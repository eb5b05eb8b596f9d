package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.guidance.GuidanceTask;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.guidance.GuidanceTaskRepository;
import org.db3311.sgc.core.guidance.GuidanceTaskSnapshot;

/**
 * Guidance tasks in table {@code guidance_task}, in the caller's unit of work; saves lock the row
 * and check the version ({@link VersionedRows}). Listed oldest first (index {@code
 * guidance_task_issued}).
 */
public final class JpaGuidanceTaskRepository implements GuidanceTaskRepository {

  private final VersionedRows<GuidanceTaskEntity> rows;

  public JpaGuidanceTaskRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(),
            GuidanceTaskEntity.class,
            "GuidanceTask");
  }

  @Override
  public void save(GuidanceTask task) {
    GuidanceTaskSnapshot snapshot = task.snapshot();
    GuidanceTaskEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    task.markStored(rows.save(row.id, task.version(), row));
  }

  @Override
  public Optional<GuidanceTask> find(GuidanceTaskId id) {
    return rows.find(id.value()).map(JpaGuidanceTaskRepository::task);
  }

  @Override
  public List<GuidanceTask> all() {
    return rows.query("select r from GuidanceTaskEntity r order by r.issuedAt, r.id").stream()
        .map(JpaGuidanceTaskRepository::task)
        .toList();
  }

  @Override
  public List<GuidanceTaskId> ids() {
    return rows
        .column("select r.id from GuidanceTaskEntity r order by r.issuedAt, r.id", String.class)
        .stream()
        .map(GuidanceTaskId::of)
        .toList();
  }

  private static GuidanceTask task(GuidanceTaskEntity row) {
    return GuidanceTask.fromSnapshot(
        SnapshotCodec.read(row.document, GuidanceTaskSnapshot.class), new Version(row.version));
  }
}
