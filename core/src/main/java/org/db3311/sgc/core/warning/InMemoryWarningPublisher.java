package org.db3311.sgc.core.warning;

import java.util.ArrayList;
import java.util.List;

/** Keeps published notices, for tests and embedding. */
public final class InMemoryWarningPublisher implements WarningPublisher {
  private final List<WarningNotice> notices = new ArrayList<>();

  @Override
  public synchronized void publish(WarningNotice notice) {
    notices.add(notice);
  }

  public synchronized List<WarningNotice> notices() {
    return List.copyOf(notices);
  }
}
