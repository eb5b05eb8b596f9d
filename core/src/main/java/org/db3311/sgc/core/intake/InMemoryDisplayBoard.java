package org.db3311.sgc.core.intake;

import java.util.ArrayList;
import java.util.List;

/** A {@link DisplayBoard} that remembers what it showed. */
public final class InMemoryDisplayBoard implements DisplayBoard {

  private final List<QueueCall> shown = new ArrayList<>();

  @Override
  public synchronized void show(QueueCall call) {
    shown.add(java.util.Objects.requireNonNull(call, "call"));
  }

  public synchronized List<QueueCall> shown() {
    return List.copyOf(shown);
  }
}
