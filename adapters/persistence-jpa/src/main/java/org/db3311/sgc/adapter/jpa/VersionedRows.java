package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;

/**
 * The save and the reads the versioned repositories share, on the rows of one entity type: a save
 * locks the row ({@code select … for update}), compares the stored version with the one the
 * aggregate was read at and writes the next one, as {@link JpaMatterRepository} does. Of two
 * transactions changing one aggregate exactly one wins; the other gets core's {@link
 * OptimisticLockException} and writes nothing. A unique violation from a concurrent first save of
 * the same id reads as the same conflict.
 *
 * @param <E> the entity type
 */
final class VersionedRows<E extends VersionedDocument> {

  private final JpaUnitOfWork unitOfWork;
  private final Class<E> type;
  private final String aggregateType;

  VersionedRows(JpaUnitOfWork unitOfWork, Class<E> type, String aggregateType) {
    this.unitOfWork = unitOfWork;
    this.type = type;
    this.aggregateType = aggregateType;
  }

  /** The unit of work the rows are read and written in. */
  JpaUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * Writes {@code row} (its columns and document filled in) as the next version after {@code read}.
   *
   * @param otherUnique turns a unique violation into the exception the port documents, when the
   *     table has a unique key besides the id; empty means any unique violation is a concurrent
   *     first save of the same id
   * @return the version written
   */
  Version save(
      String id,
      Version read,
      E row,
      Function<PersistenceException, Optional<RuntimeException>> otherUnique) {
    Version next = read.next();
    row.version = next.value();
    unitOfWork.with(
        em -> {
          E stored = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException(aggregateType, id, read, storedVersion);
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
              Optional<RuntimeException> other = otherUnique.apply(e);
              if (other.isPresent()) {
                throw other.get();
              }
              // another transaction stored the first version of the same id meanwhile
              throw new OptimisticLockException(aggregateType, id, read, next);
            }
            throw e;
          }
          return null;
        });
    return next;
  }

  Version save(String id, Version read, E row) {
    return save(id, read, row, e -> Optional.empty());
  }

  /** True when {@code e} is the refusal of the named unique key (both databases name it). */
  static boolean violates(Throwable e, String constraint) {
    if (!Rows.isUniqueViolation(e)) {
      return false;
    }
    String name = constraint.toLowerCase(java.util.Locale.ROOT);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null
          && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(name)) {
        return true;
      }
    }
    return false;
  }

  Optional<E> find(String id) {
    return unitOfWork.with(em -> Optional.ofNullable(em.find(type, id)));
  }

  /** The rows a JPQL query over the entity finds, with its named parameters. */
  List<E> query(String jpql, Object... namesAndValues) {
    return unitOfWork.with(em -> Jpql.list(em, jpql, type, namesAndValues));
  }

  /** A column of the rows a JPQL query finds. */
  <T> List<T> column(String jpql, Class<T> result, Object... namesAndValues) {
    return unitOfWork.with(em -> Jpql.list(em, jpql, result, namesAndValues));
  }
}
