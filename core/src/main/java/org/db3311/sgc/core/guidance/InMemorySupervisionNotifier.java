package org.db3311.sgc.core.guidance;

import java.util.ArrayList;
import java.util.List;

/** Keeps sent notices, for tests and embedding. */
public final class InMemorySupervisionNotifier implements SupervisionNotifier {
  private final List<SupervisionNotice> sent = new ArrayList<>();

  @Override
  public synchronized void send(SupervisionNotice notice) {
    sent.add(java.util.Objects.requireNonNull(notice, "notice"));
  }

  public synchronized List<SupervisionNotice> sent() {
    return List.copyOf(sent);
  }
}
