package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.MessagingWiring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A configured broker that cannot be reached: not ready, and the events wait in the outbox. */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/messaging-broker-down")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.amqp.host", value = "127.0.0.1")
@AddConfig(key = "sgc.amqp.port", value = "1")
@AddConfig(key = "sgc.amqp.user", value = "guest")
@AddConfig(key = "sgc.amqp.password", value = "guest")
@DisplayName("Messaging: an unreachable broker makes the server not ready and loses nothing")
class MessagingBrokerDownApiTest {

  @Inject WebTarget target;
  @Inject MessagingWiring messaging;
  @Inject org.db3311.sgc.server.wiring.Centers centers;

  @Test
  void not_ready_and_the_events_wait() {
    Response r =
        new Api(target)
            .post(
                Api.token("331102", Roles.CLERK),
                "/api/v1/matters",
                Api.registration("331102001", "紫金街道5号", MatterApiTest.ID));
    assertThat(r.getStatus()).isEqualTo(201);

    assertThat(messaging.runOnce())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.relayed()).isZero();
              assertThat(c.relayFailures())
                  .singleElement()
                  .asString()
                  .startsWith("broker: ")
                  .contains("127.0.0.1:1");
            });

    String number = Api.json(r).getString("number");
    assertThat(
            centers
                .of(org.db3311.sgc.core.common.DivisionCode.of("331102"))
                .orElseThrow()
                .store()
                .outbox()
                .unpublished(100))
        .as("the event waits in the outbox for the broker")
        .anyMatch(e -> e.aggregateId().equals(number));

    Response ready = target.path("/health/ready").request().get();
    assertThat(ready.getStatus()).isEqualTo(503);
    assertThat(ready.readEntity(String.class)).contains("broker").contains("DOWN");
  }
}
