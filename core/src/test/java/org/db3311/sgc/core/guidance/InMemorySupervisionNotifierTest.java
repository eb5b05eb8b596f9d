package org.db3311.sgc.core.guidance;

import java.util.List;

class InMemorySupervisionNotifierTest extends SupervisionNotifierContract {
  @Override
  protected SupervisionNotifier newNotifier() {
    return new InMemorySupervisionNotifier();
  }

  @Override
  protected List<SupervisionNotice> delivered(SupervisionNotifier notifier) {
    return ((InMemorySupervisionNotifier) notifier).sent();
  }
}
