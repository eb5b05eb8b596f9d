package org.db3311.sgc.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.SweepResult;
import org.junit.jupiter.api.Test;

class PostgresAmqpOutboxRelayTest extends OutboxRelayScenarios {

  @Override
  Casework openCasework() {
    return Casework.postgres("relay");
  }

  @Test
  void two_relays_draining_one_outbox_at_once_never_publish_a_row_twice() throws Exception {
    casework.registerAndAccept(20);
    List<IntegrationEvent> all = casework.unpublished();
    try (AmqpEventSubscriber subscriber = subscribe("two-relays")) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<SweepResult<IntegrationEvent>>> runs = new ArrayList<>();
      for (String name : List.of("instance-a", "instance-b")) {
        runs.add(
            pool.submit(
                () -> {
                  try (AmqpOutboxRelay relay =
                      new AmqpOutboxRelay(
                          casework.store.outbox(),
                          broker.settings,
                          name,
                          Clock.systemUTC(),
                          LEASE)) {
                    start.await();
                    return relay.drain(3);
                  }
                }));
      }
      List<IntegrationEvent> published = new ArrayList<>();
      for (Future<SweepResult<IntegrationEvent>> run : runs) {
        SweepResult<IntegrationEvent> r = run.get();
        assertThat(r.failed()).isEmpty();
        published.addAll(r.items());
      }
      pool.shutdown();

      // each row went out through exactly one relay: no copy reached the broker at all
      assertThat(published).containsExactlyInAnyOrderElementsOf(all);
      awaitHandled(subscriber, all.size());
      assertThat(subscriber.duplicatesDropped()).isZero();
      assertDeliveredOnceInOrder(all);
    }
  }
}
