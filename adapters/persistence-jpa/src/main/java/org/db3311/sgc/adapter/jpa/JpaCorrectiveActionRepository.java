package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionRepository;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;

/**
 * Corrective actions (9.3.1) in table {@code corrective_action}, in the caller's unit of work;
 * saves lock the row and check the version ({@link VersionedRows}). Listed oldest first (index
 * {@code corrective_action_raised}).
 */
public final class JpaCorrectiveActionRepository implements CorrectiveActionRepository {

  private final VersionedRows<CorrectiveActionEntity> rows;

  public JpaCorrectiveActionRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(),
            CorrectiveActionEntity.class,
            "CorrectiveAction");
  }

  @Override
  public void save(CorrectiveAction action) {
    CorrectiveActionSnapshot snapshot = action.snapshot();
    CorrectiveActionEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    action.markStored(rows.save(row.id, action.version(), row));
  }

  @Override
  public Optional<CorrectiveAction> find(CorrectiveActionId id) {
    return rows.find(id.value()).map(JpaCorrectiveActionRepository::action);
  }

  @Override
  public List<CorrectiveAction> all() {
    return rows.query("select r from CorrectiveActionEntity r order by r.raisedAt, r.id").stream()
        .map(JpaCorrectiveActionRepository::action)
        .toList();
  }

  @Override
  public List<CorrectiveActionId> ids() {
    return rows
        .column("select r.id from CorrectiveActionEntity r order by r.raisedAt, r.id", String.class)
        .stream()
        .map(CorrectiveActionId::of)
        .toList();
  }

  private static CorrectiveAction action(CorrectiveActionEntity row) {
    return CorrectiveAction.fromSnapshot(
        SnapshotCodec.read(row.document, CorrectiveActionSnapshot.class), new Version(row.version));
  }
}
