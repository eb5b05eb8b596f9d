package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

/** Inserts into append-only tables whose keys the database keeps unique. */
final class AppendRows {

  private AppendRows() {}

  /**
   * Inserts {@code row} in the current unit of work; when a unique key refuses it (a concurrent
   * insert of the same key the caller's check could not see) throws what {@code refused} makes.
   */
  static void insert(JpaUnitOfWork unitOfWork, Object row, Supplier<RuntimeException> refused) {
    unitOfWork.with(
        em -> {
          try {
            em.persist(row);
            em.flush();
          } catch (PersistenceException e) {
            if (Rows.isUniqueViolation(e)) {
              RuntimeException r = refused.get();
              if (r.getCause() == null) {
                r.initCause(e);
              }
              throw r;
            }
            throw e;
          }
          return null;
        });
  }
}
