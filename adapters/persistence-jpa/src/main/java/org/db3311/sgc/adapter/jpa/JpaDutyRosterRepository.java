package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.eventhandling.DutyRoster;
import org.db3311.sgc.core.eventhandling.DutyRosterId;
import org.db3311.sgc.core.eventhandling.DutyRosterRepository;
import org.db3311.sgc.core.eventhandling.DutyRosterSnapshot;

/**
 * Duty rosters in table {@code duty_roster}, one row per month, in the caller's unit of work.
 * Saving locks the row and checks the version, as {@link JpaMatterRepository} does; the port reads
 * a roster only by its month, which the primary key answers.
 */
public final class JpaDutyRosterRepository implements DutyRosterRepository {

  private final JpaUnitOfWork unitOfWork;

  public JpaDutyRosterRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void save(DutyRoster roster) {
    DutyRosterSnapshot snapshot = roster.snapshot();
    Version read = roster.version();
    Version next = read.next();
    DutyRosterEntity row = EventReceptionMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    String id = roster.id().toString();
    unitOfWork.with(
        em -> {
          DutyRosterEntity stored =
              em.find(DutyRosterEntity.class, row.month, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("DutyRoster", id, read, storedVersion);
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
              // another transaction stored the month's first roster meanwhile
              throw new OptimisticLockException("DutyRoster", id, read, next);
            }
            throw e;
          }
          return null;
        });
    roster.markStored(next);
  }

  @Override
  public Optional<DutyRoster> find(DutyRosterId id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(
                    em.find(DutyRosterEntity.class, EventReceptionMapper.INSTANCE.month(id)))
                .map(
                    row ->
                        DutyRoster.fromSnapshot(
                            SnapshotCodec.read(row.document, DutyRosterSnapshot.class),
                            new Version(row.version))));
  }
}
