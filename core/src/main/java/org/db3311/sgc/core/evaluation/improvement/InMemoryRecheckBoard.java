package org.db3311.sgc.core.evaluation.improvement;

import java.util.ArrayList;
import java.util.List;

/** A public board in memory, for tests and embedding. */
public final class InMemoryRecheckBoard implements RecheckBoard {
  private final List<PublishedRecheck> published = new ArrayList<>();

  @Override
  public synchronized void publish(PublishedRecheck recheck) {
    published.add(recheck);
  }

  @Override
  public synchronized List<PublishedRecheck> published() {
    return List.copyOf(published);
  }
}
