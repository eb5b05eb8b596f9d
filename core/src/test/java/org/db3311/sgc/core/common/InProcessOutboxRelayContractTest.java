package org.db3311.sgc.core.common;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The embedded default's relay passes the relay contract. */
class InProcessOutboxRelayContractTest extends OutboxRelayContract {

  private final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
  private final List<IntegrationEvent> taken = new ArrayList<>();
  private volatile boolean refusing;

  @Override
  protected OutboxRelay newRelay(Outbox outbox, String name) {
    InProcessOutboxRelay relay =
        new InProcessOutboxRelay(
            outbox,
            new InMemoryUnitOfWork(),
            processed,
            name,
            Clock.systemUTC(),
            Duration.ofMinutes(5));
    relay.subscribe(
        "contract",
        e -> {
          if (refusing) {
            throw new IllegalStateException("the subscriber refuses for now");
          }
          taken.add(e);
        });
    return relay;
  }

  @Override
  protected List<IntegrationEvent> received(int expected) {
    return List.copyOf(taken);
  }

  @Override
  protected void interruptDelivery() {
    refusing = true;
  }

  @Override
  protected void restoreDelivery() {
    refusing = false;
  }
}
