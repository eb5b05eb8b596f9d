package org.db3311.sgc.core.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} for the in-memory adapters: writes go straight to the stores and are undone
 * when the work fails. Isolation between threads is that of the stores themselves (each save is
 * atomic and version-checked); a rolled-back unit's writes may be seen by another thread for the
 * moment they exist — acceptable for tests and single-process embedding, which is what the
 * in-memory adapters are for. A database adapter gives full isolation.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (InMemoryTransaction.current().isPresent()) {
      return work.get();
    }
    InMemoryTransaction tx = InMemoryTransaction.begin();
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      tx.rollback(e);
      throw e;
    }
    List<Runnable> after = tx.commit();
    for (Runnable action : after) {
      action.run();
    }
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    InMemoryTransaction.current().ifPresentOrElse(tx -> tx.afterCommit(action), () -> action.run());
  }
}
