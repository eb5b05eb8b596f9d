package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
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

  public JpaGovernanceEventRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void save(GovernanceEvent event) {
    GovernanceEventSnapshot snapshot = event.snapshot();
    Version read = event.version();
    Version next = read.next();
    GovernanceEventEntity row = EventReceptionMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    unitOfWork.with(
        em -> {
          GovernanceEventEntity stored =
              em.find(GovernanceEventEntity.class, row.matter, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("GovernanceEvent", row.matter, read, storedVersion);
          }
          try {
            if (stored == null) {
              em.persist(row);
            } else {
              em.merge(row);
            }
            em.flush();
          } catch (PersistenceException e) {
            if (Rows.isUniqueViolation(e)) {
              // another transaction stored a new event for the same matter meanwhile
              throw new OptimisticLockException("GovernanceEvent", row.matter, read, next);
            }
            throw e;
          }
          return null;
        });
    event.markStored(next);
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
