package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.db3311.sgc.adapter.amqp.AmqpHealth;
import org.db3311.sgc.server.wiring.MessagingWiring;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the message broker answers, where one is configured ({@code sgc.amqp.host}): the
 * outbox keeps every event while the broker is away, but other systems hear nothing until it is
 * back. Without a broker the events are relayed in process and this check is up.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  @Inject MessagingWiring messaging;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("broker");
    Optional<AmqpHealth> h = messaging.brokerHealth();
    if (h.isEmpty()) {
      return b.up().withData("relay", "in process (no sgc.amqp.host)").build();
    }
    return b.status(h.get().up()).withData("detail", h.get().detail()).build();
  }
}
