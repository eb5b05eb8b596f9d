package org.db3311.sgc.adapter.jpa;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.epidemic.EpidemicCommand;
import org.db3311.sgc.core.epidemic.EpidemicCommandRepository;
import org.db3311.sgc.core.epidemic.EpidemicCommandSnapshot;

/**
 * The epidemic-control command in table {@code epidemic_command}, one row under {@link
 * EpidemicCommand#ID}: the mode (peacetime or wartime) and its switches survive a restart. A switch
 * saved from a stale version (two operators switching at once) gets core's {@code
 * OptimisticLockException} ({@link VersionedRows}).
 */
public final class JpaEpidemicCommandRepository implements EpidemicCommandRepository {

  private final VersionedRows<EpidemicCommandEntity> rows;

  public JpaEpidemicCommandRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(),
            EpidemicCommandEntity.class,
            "EpidemicMode");
  }

  @Override
  public void save(EpidemicCommand command) {
    EpidemicCommandSnapshot snapshot = command.snapshot();
    EpidemicCommandEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    command.markStored(rows.save(row.id, command.version(), row));
  }

  @Override
  public Optional<EpidemicCommand> find() {
    return rows.find(EpidemicCommand.ID)
        .map(
            row ->
                EpidemicCommand.fromSnapshot(
                    SnapshotCodec.read(row.document, EpidemicCommandSnapshot.class),
                    new Version(row.version)));
  }
}
