package org.db3311.sgc.core.common;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A {@link Notifier} that keeps what it is given instead of delivering it. */
public final class InMemoryNotifier implements Notifier {

  private final Clock clock;
  private final List<Notification> sent = new ArrayList<>();

  public InMemoryNotifier(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Receipt send(Notification notification) {
    sent.add(java.util.Objects.requireNonNull(notification, "notification"));
    return new Receipt("mem-" + sent.size(), clock.instant());
  }

  /** Everything sent so far, oldest first. */
  public synchronized List<Notification> sent() {
    return List.copyOf(sent);
  }

  /** What was sent about one matter or case. */
  public synchronized List<Notification> sentAbout(String reference) {
    return sent.stream().filter(n -> n.reference().equals(reference)).toList();
  }
}
