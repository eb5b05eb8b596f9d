package org.db3311.sgc.core.evaluation.improvement;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.common.InMemoryTransaction;

/**
 * A public board in memory, for tests and embedding; a result disclosed inside an in-memory unit of
 * work that rolls back is taken down again.
 */
public final class InMemoryRecheckBoard implements RecheckBoard {
  private final List<PublishedRecheck> published = new ArrayList<>();

  @Override
  public synchronized void publish(PublishedRecheck recheck) {
    published.add(java.util.Objects.requireNonNull(recheck, "recheck"));
    InMemoryTransaction.onRollback(() -> remove(recheck));
  }

  private synchronized void remove(PublishedRecheck recheck) {
    published.remove(recheck);
  }

  @Override
  public synchronized List<PublishedRecheck> published() {
    return List.copyOf(published);
  }
}
