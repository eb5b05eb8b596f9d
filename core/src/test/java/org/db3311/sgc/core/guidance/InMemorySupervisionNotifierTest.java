package org.db3311.sgc.core.guidance;

import java.util.List;

class InMemorySupervisionNotifierTest extends SupervisionNotifierContract {

  private InMemorySupervisionNotifier notifier;

  @Override
  protected SupervisionNotifier newNotifier() {
    notifier = new InMemorySupervisionNotifier();
    return notifier;
  }

  @Override
  protected List<String> handedOver() {
    return notifier.sent().stream().map(n -> n.taskId().value()).toList();
  }
}
