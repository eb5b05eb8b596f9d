package org.db3311.sgc.core.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Outgoing port: the transaction a use case runs in (unit of work). Everything a use case writes —
 * the aggregates it touches, their audit entries, the outbox rows of their events — is committed
 * together or not at all. A call made while a unit is already open on the same thread joins it, so
 * a use case that calls another one (closing a mediation case closes its matter) stays one unit.
 *
 * <p>Adapters: {@link InMemoryUnitOfWork} for memory (it undoes the writes of every in-memory store
 * of this package on failure); a database adapter maps it onto its own transaction.
 */
public interface UnitOfWork {

  /**
   * Runs {@code work} in a unit of work and commits it; when {@code work} throws, every write made
   * inside it is rolled back and the exception propagates unchanged.
   */
  <T> T inTransaction(Supplier<T> work);

  /** As {@link #inTransaction(Supplier)}, for work that returns nothing. */
  default void run(Runnable work) {
    Objects.requireNonNull(work, "work");
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs {@code action} once the outermost open unit has committed (never when it rolls back), or
   * at once when no unit is open. This is where a process hands events to in-process followers:
   * they never see a change that was rolled back.
   */
  void afterCommit(Runnable action);

  /** A unit of work that only calls through: for an embedding that has no transactions. */
  UnitOfWork NONE =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
          action.run();
        }
      };
}
