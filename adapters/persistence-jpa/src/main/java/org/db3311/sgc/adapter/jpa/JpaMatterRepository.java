package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.DuplicateSourceReferenceException;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SourceReference;

/**
 * Matters in table {@code matter}, in the caller's unit of work. The version check takes the row's
 * lock first ({@code select … for update}), so of two transactions changing one matter exactly one
 * wins and the other is told the version it missed; the unique keys on the registration number and
 * the transfer's source reference hold even against writers that bypass this class.
 */
public final class JpaMatterRepository implements MatterRepository {

  private final JpaUnitOfWork unitOfWork;

  public JpaMatterRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void save(Matter matter) {
    MatterSnapshot snapshot = matter.snapshot();
    Version read = matter.version();
    Version next = read.next();
    MatterEntity row = MatterMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    unitOfWork.with(
        em -> {
          MatterEntity stored =
              em.find(MatterEntity.class, row.number, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("Matter", row.number, read, storedVersion);
          }
          if (stored == null) {
            Optional<SourceReference> source = snapshot.registration().source();
            if (source.isPresent()) {
              Optional<Matter> holder = findBySource(em, source.get());
              if (holder.isPresent()) {
                throw new DuplicateSourceReferenceException(source.get(), holder.get().number());
              }
            }
            em.persist(row);
          } else {
            em.merge(row);
          }
          try {
            em.flush();
          } catch (PersistenceException e) {
            throw translate(e, snapshot, read);
          }
          return null;
        });
    matter.markStored(next);
  }

  private RuntimeException translate(PersistenceException e, MatterSnapshot s, Version read) {
    if (!isUniqueViolation(e)) {
      return e;
    }
    Optional<SourceReference> source = s.registration().source();
    if (source.isPresent() && read.isNew()) {
      // Another transaction stored the same transfer at the same moment: its number is not
      // visible to this one, so the refusal names the reference only.
      return new DuplicateSourceReferenceException(source.get(), s.number());
    }
    return new OptimisticLockException("Matter", s.number().toString(), read, read.next());
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Matter> find(RegistrationNumber number) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(MatterEntity.class, number.toString()))
                .map(this::toMatter));
  }

  @Override
  public Optional<Matter> findBySource(SourceReference source) {
    return unitOfWork.with(em -> findBySource(em, source));
  }

  private Optional<Matter> findBySource(EntityManager em, SourceReference source) {
    return em.createQuery(
            "select m from MatterEntity m where m.sourceSystem = :s and m.sourceReference = :r",
            MatterEntity.class)
        .setParameter("s", source.system().name())
        .setParameter("r", source.reference())
        .getResultStream()
        .findFirst()
        .map(this::toMatter);
  }

  @Override
  public List<Matter> registeredSince(Instant since) {
    return unitOfWork.with(
        em ->
            em
                .createQuery(
                    "select m from MatterEntity m where m.registeredAt >= :since order by"
                        + " m.registeredAt, m.number",
                    MatterEntity.class)
                .setParameter("since", Conversions.toColumn(since))
                .getResultList()
                .stream()
                .map(this::toMatter)
                .toList());
  }

  private Matter toMatter(MatterEntity row) {
    return Matter.fromSnapshot(
        SnapshotCodec.read(row.document, MatterSnapshot.class), new Version(row.version));
  }
}
