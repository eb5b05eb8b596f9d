package org.db3311.sgc.adapter.jpa;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.eventhandling.GovernanceEvent;
import org.db3311.sgc.core.eventhandling.GovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * Social-governance events in table {@code governance_event}, keyed by their matter's registration
 * number, in the caller's unit of work. Saving locks the row ({@code select … for update}) and
 * checks the version, as {@link JpaMatterRepository} does; the port reads an event only by its
 * matter, which the primary key answers.
 */
public final class JpaGovernanceEventRepository implements GovernanceEventRepository {

  private final JpaUnitOfWork unitOfWork;
  private final VersionedRows<GovernanceEventEntity> versioned;

  public JpaGovernanceEventRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
    this.versioned =
        new VersionedRows<>(unitOfWork, GovernanceEventEntity.class, "GovernanceEvent");
  }

  @Override
  public void save(GovernanceEvent event) {
    GovernanceEventSnapshot snapshot = event.snapshot();
    GovernanceEventEntity row = EventReceptionMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    event.markStored(versioned.save(row.matter, event.version(), row));
  }

  @Override
  public Optional<GovernanceEvent> find(RegistrationNumber matter) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(GovernanceEventEntity.class, matter.toString()))
                .map(
                    row ->
                        GovernanceEvent.fromSnapshot(
                            SnapshotCodec.read(row.document, GovernanceEventSnapshot.class),
                            new Version(row.version))));
  }
}
