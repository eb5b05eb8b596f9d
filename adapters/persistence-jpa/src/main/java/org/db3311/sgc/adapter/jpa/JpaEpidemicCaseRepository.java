package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.epidemic.EpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;

/**
 * Epidemic-related cases in table {@code epidemic_case}, in the caller's unit of work; saves lock
 * the row and check the version ({@link VersionedRows}). Listed by id.
 */
public final class JpaEpidemicCaseRepository implements EpidemicCaseRepository {

  private final VersionedRows<EpidemicCaseEntity> rows;

  public JpaEpidemicCaseRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(),
            EpidemicCaseEntity.class,
            "EpidemicCase");
  }

  @Override
  public void save(EpidemicCase c) {
    EpidemicCaseSnapshot snapshot = c.snapshot();
    EpidemicCaseEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    c.markStored(rows.save(row.id, c.version(), row));
  }

  @Override
  public Optional<EpidemicCase> find(EpidemicCaseId id) {
    return rows.find(id.value()).map(JpaEpidemicCaseRepository::epidemicCase);
  }

  @Override
  public List<EpidemicCase> all() {
    return rows.query("select r from EpidemicCaseEntity r order by r.id").stream()
        .map(JpaEpidemicCaseRepository::epidemicCase)
        .toList();
  }

  @Override
  public List<EpidemicCaseId> ids() {
    return rows.column("select r.id from EpidemicCaseEntity r order by r.id", String.class).stream()
        .map(EpidemicCaseId::of)
        .toList();
  }

  private static EpidemicCase epidemicCase(EpidemicCaseEntity row) {
    return EpidemicCase.fromSnapshot(
        SnapshotCodec.read(row.document, EpidemicCaseSnapshot.class), new Version(row.version));
  }
}
