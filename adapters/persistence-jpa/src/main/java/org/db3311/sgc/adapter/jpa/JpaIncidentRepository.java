package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.emergency.IncidentRepository;
import org.db3311.sgc.core.emergency.IncidentSnapshot;

/**
 * Emergency incidents in table {@code incident}, in the caller's unit of work; saves lock the row
 * and check the version ({@link VersionedRows}). Listed in discovery order (index {@code
 * incident_discovered}).
 */
public final class JpaIncidentRepository implements IncidentRepository {

  private final VersionedRows<IncidentEntity> rows;

  public JpaIncidentRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(), IncidentEntity.class, "Incident");
  }

  @Override
  public void save(Incident incident) {
    IncidentSnapshot snapshot = incident.snapshot();
    IncidentEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    incident.markStored(rows.save(row.id, incident.version(), row));
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return rows.find(id.value()).map(JpaIncidentRepository::incident);
  }

  @Override
  public List<Incident> all() {
    return rows.query("select r from IncidentEntity r order by r.discoveredAt, r.id").stream()
        .map(JpaIncidentRepository::incident)
        .toList();
  }

  @Override
  public List<IncidentId> ids() {
    return rows
        .column("select r.id from IncidentEntity r order by r.discoveredAt, r.id", String.class)
        .stream()
        .map(IncidentId::of)
        .toList();
  }

  private static Incident incident(IncidentEntity row) {
    return Incident.fromSnapshot(
        SnapshotCodec.read(row.document, IncidentSnapshot.class), new Version(row.version));
  }
}
