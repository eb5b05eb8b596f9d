package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A configured display broker that cannot be reached: the server starts, the call is made, the
 * other board (the SSE feed) shows it, and readiness names the screens that are down without taking
 * the server out of service.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/display-broker-down")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.display.mqtt.uri", value = "tcp://127.0.0.1:1")
@AddConfig(key = "sgc.display.mqtt.connect-timeout", value = "PT1S")
@AddConfig(key = "sgc.display.mqtt.retry", value = "PT1S")
@DisplayName("Displays: an unreachable MQTT broker stops neither the call nor the other board")
class DisplayBrokerDownApiTest {

  @Inject WebTarget target;

  @Test
  void the_call_is_made_and_shown_on_the_feed_and_readiness_says_degraded() throws Exception {
    Api api = new Api(target);
    Response ticket = api.post(Api.token("331102", Roles.KIOSK), "/api/v1/queue-tickets", "");
    assertThat(ticket.getStatus()).isEqualTo(201);
    String number = Api.json(ticket).getString("number");
    Response call = api.post(Api.token("331102", Roles.CLERK), "/api/v1/windows/1/calls", "");
    assertThat(call.getStatus()).isEqualTo(201);
    assertThat(Api.json(call).getString("number")).isEqualTo(number);

    URI feed = URI.create(target.getUri().toString().replaceAll("/$", "") + "/display/331102/feed");
    try (EventStream s = EventStream.open(feed, Optional.empty())) {
      boolean shown = false;
      for (int i = 0; i < 6 && !shown; i++) {
        shown = s.next(Duration.ofSeconds(10)).orElseThrow().data().contains(number);
      }
      assertThat(shown).as("the SSE feed shows the call").isTrue();
    }

    Response ready = target.path("/health/ready").request().get();
    String body = ready.readEntity(String.class);
    assertThat(ready.getStatus()).as(body).isEqualTo(200);
    assertThat(body)
        .contains("\"displays\":\"DEGRADED\"")
        .contains("\"331102.mqtt\":\"DOWN: not connected to tcp://127.0.0.1:1")
        .contains("1 calls kept for the screens")
        .contains("\"331102.sse\":\"UP");
  }
}
