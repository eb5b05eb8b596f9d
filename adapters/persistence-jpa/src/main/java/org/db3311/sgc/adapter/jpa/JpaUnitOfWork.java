package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.db3311.sgc.core.common.UnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;

/**
 * {@link UnitOfWork} on a resource-local {@link EntityManager} transaction: one entity manager and
 * one database transaction per outermost unit, joined by every adapter of the same {@link JpaStore}
 * and by nested units on the same thread.
 */
public final class JpaUnitOfWork implements UnitOfWork {

  private final EntityManagerFactory factory;
  private final ThreadLocal<Tx> current = new ThreadLocal<>();

  JpaUnitOfWork(EntityManagerFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  private static final class Tx {
    final EntityManager em;
    final List<Runnable> afterCommit = new ArrayList<>();
    final Set<String> inserted = new HashSet<>();

    Tx(EntityManager em) {
      this.em = em;
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    EntityManager em = factory.createEntityManager();
    Tx tx = new Tx(em);
    current.set(tx);
    EntityTransaction t = em.getTransaction();
    T result;
    try {
      t.begin();
      result = work.get();
      em.flush();
      t.commit();
    } catch (RuntimeException | Error e) {
      if (t.isActive()) {
        try {
          t.rollback();
        } catch (RuntimeException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
      }
      throw e;
    } finally {
      current.remove();
      em.close();
    }
    for (Runnable action : tx.afterCommit) {
      action.run();
    }
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    Tx tx = current.get();
    if (tx == null) {
      action.run();
    } else {
      tx.afterCommit.add(action);
    }
  }

  /**
   * Records that the current unit inserted the aggregate's first row (its primary key accepted it,
   * flushed): no other transaction can have stored anything of it, so the outbox knows the
   * aggregate has no events yet without asking ({@link JpaOutbox#lastSequence}). Outside a unit it
   * does nothing.
   */
  void insertedNew(String aggregateType, String aggregateId) {
    Tx tx = current.get();
    if (tx != null) {
      tx.inserted.add(aggregateType + "/" + aggregateId);
    }
  }

  /** Whether the current unit inserted this aggregate as new ({@link #insertedNew}). */
  boolean isInsertedNew(String aggregateType, String aggregateId) {
    Tx tx = current.get();
    return tx != null && tx.inserted.contains(aggregateType + "/" + aggregateId);
  }

  /** Runs {@code work} with the entity manager of the current unit, opening one if none is. */
  <T> T with(Function<EntityManager, T> work) {
    return inTransaction(() -> work.apply(current.get().em));
  }

  /**
   * Runs {@code work} on the database connection of the current unit (opening one if none is), with
   * the database transaction begun: what it writes or locks commits or rolls back with the unit.
   * EclipseLink otherwise reads on a connection of its own until the unit's first write.
   */
  <T> T withConnection(Function<Connection, T> work) {
    return with(
        em -> {
          beginInDatabase(em);
          return work.apply(em.unwrap(Connection.class));
        });
  }

  /**
   * Starts the unit's transaction in the database now, so reads and locks run inside it; does
   * nothing when it has begun (a flush begins it). Begun twice, EclipseLink nests the database
   * transaction, and the unit's commit then ends only the inner level: the connection went back to
   * the pool uncommitted and every write of the unit was lost ({@code
   * JpaUnitOfWorkConnectionTest}).
   */
  static void beginInDatabase(EntityManager em) {
    UnitOfWorkImpl unit = em.unwrap(UnitOfWorkImpl.class);
    if (!unit.isInTransaction()) {
      unit.beginEarlyTransaction();
    }
  }
}
