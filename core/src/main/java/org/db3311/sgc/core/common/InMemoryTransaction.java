package org.db3311.sgc.core.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory unit of work open on the current thread, if any. In-memory stores register here how
 * to undo each write, so that {@link InMemoryUnitOfWork} can roll back every aggregate a failed use
 * case touched. A store used outside any unit writes at once, as before.
 */
public final class InMemoryTransaction {

  private static final ThreadLocal<InMemoryTransaction> CURRENT = new ThreadLocal<>();

  private final Deque<Runnable> undo = new ArrayDeque<>();
  private final List<Runnable> afterCommit = new ArrayList<>();

  private InMemoryTransaction() {}

  /** The unit open on this thread. */
  public static Optional<InMemoryTransaction> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Records how to undo a write just made; without an open unit the write simply stands. Undo
   * actions run newest first.
   */
  public static void onRollback(Runnable undoAction) {
    Objects.requireNonNull(undoAction, "undoAction");
    InMemoryTransaction tx = CURRENT.get();
    if (tx != null) {
      tx.undo.push(undoAction);
    }
  }

  static InMemoryTransaction begin() {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("a unit of work is already open on this thread");
    }
    InMemoryTransaction tx = new InMemoryTransaction();
    CURRENT.set(tx);
    return tx;
  }

  void afterCommit(Runnable action) {
    afterCommit.add(action);
  }

  /** Ends the unit keeping its writes; returns what is to run after the commit. */
  List<Runnable> commit() {
    CURRENT.remove();
    return List.copyOf(afterCommit);
  }

  /** Ends the unit undoing its writes, newest first; an undo that fails does not stop the rest. */
  void rollback(Throwable cause) {
    CURRENT.remove();
    while (!undo.isEmpty()) {
      try {
        undo.pop().run();
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
