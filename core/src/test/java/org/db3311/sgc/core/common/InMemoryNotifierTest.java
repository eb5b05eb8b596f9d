package org.db3311.sgc.core.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

class InMemoryNotifierTest extends NotifierContract {
  @Override
  protected Notifier newNotifier() {
    return new InMemoryNotifier(Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Shanghai")));
  }
}
