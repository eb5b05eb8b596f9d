package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.adapter.amqp.IntegrationEventJson;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.MessagingWiring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server with a broker configured relays its outbox to RabbitMQ (the local broker,
 * 127.0.0.1:5672 guest/guest): a matter registered over HTTP reaches a queue bound to the exchange.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/messaging-amqp")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.amqp.host", value = "127.0.0.1")
@AddConfig(key = "sgc.amqp.user", value = "guest")
@AddConfig(key = "sgc.amqp.password", value = "guest")
@AddConfig(key = "sgc.amqp.exchange", value = MessagingAmqpApiTest.EXCHANGE)
@DisplayName("Messaging: the outbox relayed to RabbitMQ when sgc.amqp.* is configured")
class MessagingAmqpApiTest {

  static final String EXCHANGE = "sgc.test.server-events";
  static final String CLERK = Api.token("331102", Roles.CLERK);

  private static Connection connection;
  private static Channel channel;
  private static String queue;

  @Inject WebTarget target;
  @Inject MessagingWiring messaging;

  @BeforeAll
  static void bindQueue() throws Exception {
    ConnectionFactory f = new ConnectionFactory();
    f.setHost("127.0.0.1");
    f.setUsername("guest");
    f.setPassword("guest");
    connection = f.newConnection("server-test");
    channel = connection.createChannel();
    channel.exchangeDeclare(EXCHANGE, BuiltinExchangeType.TOPIC, true);
    queue = channel.queueDeclare().getQueue();
    channel.queueBind(queue, EXCHANGE, "Matter.#");
  }

  @AfterAll
  static void unbind() throws Exception {
    connection.close();
  }

  @Test
  void a_matter_registered_over_http_reaches_a_bound_queue_once() throws Exception {
    Api api = new Api(target);
    Response r =
        api.post(
            CLERK, "/api/v1/matters", Api.registration("331102001", "紫金街道2号", MatterApiTest.ID));
    assertThat(r.getStatus()).isEqualTo(201);
    String number = Api.json(r).getString("number");

    List<MessagingWiring.CountyReport> round = messaging.runOnce();
    assertThat(round)
        .filteredOn(c -> c.county().equals("331102"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.relayed()).isGreaterThanOrEqualTo(1);
              assertThat(c.relayFailures()).isEmpty();
            });

    List<IntegrationEvent> received = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      GetResponse m = channel.basicGet(queue, true);
      if (m == null) {
        if (!received.isEmpty()) {
          break;
        }
        Thread.sleep(100);
        continue;
      }
      received.add(IntegrationEventJson.read(m.getBody()));
    }
    assertThat(received)
        .filteredOn(e -> e.aggregateId().equals(number))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Matter.REGISTER");
              assertThat(e.sequence()).isEqualTo(1);
            });

    // a second round publishes nothing again
    messaging.runOnce();
    Thread.sleep(200);
    assertThat(channel.basicGet(queue, true)).isNull();

    JsonObject health = Api.json(target.path("/health/ready").request().get());
    assertThat(health.toString()).contains("broker").contains("broker reachable at");
  }

  @Test
  @DisplayName(
      "without sgc.sms.* a notice is recorded as not sent, never lost and never sent twice")
  void without_a_gateway_notices_are_recorded_not_sent() {
    Api api = new Api(target);
    Response r =
        api.post(
            CLERK, "/api/v1/matters", Api.registration("331102001", "紫金街道4号", MatterApiTest.ID));
    String number = Api.json(r).getString("number");
    String etag = api.get(CLERK, "/api/v1/matters/" + number).getHeaderString("ETag");
    Response decided =
        api.as(CLERK, "/api/v1/matters/" + number + "/decision")
            .header("If-Match", etag)
            .post(
                jakarta.ws.rs.client.Entity.entity(
                    "{\"verdict\":\"REVIEW\"}", jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
    assertThat(Api.json(decided).getString("outcome")).isEqualTo("SUPPLEMENT_REQUESTED");

    messaging.runOnce();
    messaging.runOnce();

    assertThat(messaging.unsent().recorded())
        .filteredOn(n -> n.reference().equals(number))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.template()).isEqualTo("supplement");
              assertThat(n.channel().name()).isEqualTo("SMS");
            });
  }
}
