package org.db3311.sgc.adapter.amqp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.db3311.sgc.core.common.InMemoryProcessedEvents;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.Outbox;
import org.db3311.sgc.core.common.OutboxRelay;
import org.db3311.sgc.core.common.OutboxRelayContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

/**
 * The RabbitMQ relay passes the relay contract against the real local broker: it publishes through
 * a TCP proxy the test cuts to make the broker unreachable; a subscriber on the exchange,
 * deduplicating by event id, plays the consumer.
 */
@DisplayName("AMQP outbox relay: the relay contract against the real RabbitMQ")
class AmqpOutboxRelayContractTest extends OutboxRelayContract {

  private TestBroker broker;
  private TcpProxy proxy;
  private AmqpEventSubscriber subscriber;
  private final List<AmqpOutboxRelay> relays = new ArrayList<>();
  private final List<IntegrationEvent> taken = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void open() throws IOException {
    broker = new TestBroker("relay-contract");
    proxy = new TcpProxy(TestBroker.PORT);
    proxy.up();
    subscriber =
        AmqpEventSubscriber.start(
            broker.settings,
            broker.queue("contract"),
            List.of("#"),
            new InMemoryProcessedEvents(),
            taken::add,
            (failure, error) -> {});
  }

  @AfterEach
  void close() throws Exception {
    try {
      relays.forEach(AmqpOutboxRelay::close);
      subscriber.close();
      proxy.close();
    } finally {
      broker.close();
    }
  }

  @Override
  protected OutboxRelay newRelay(Outbox outbox, String name) {
    AmqpOutboxRelay relay =
        new AmqpOutboxRelay(
            outbox, broker.through(proxy.port()), name, Clock.systemUTC(), Duration.ofMinutes(1));
    relays.add(relay);
    return relay;
  }

  @Override
  protected List<IntegrationEvent> received(int expected) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (taken.size() < expected && System.nanoTime() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    synchronized (taken) {
      return onceEach(List.copyOf(taken));
    }
  }

  @Override
  protected void interruptDelivery() {
    proxy.down();
  }

  @Override
  protected void restoreDelivery() {
    try {
      proxy.up();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
